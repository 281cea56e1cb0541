package fr.mcp.audit.application;

import fr.mcp.audit.domain.AuditSource;
import fr.mcp.audit.domain.ChainHashes;
import fr.mcp.audit.domain.ChainHead;
import fr.mcp.audit.domain.ChainLink;
import fr.mcp.audit.domain.ChainVerifier;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.application.OutOfScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tamper-evident audit chain over the append-only audit tables. Writers never wait for it: rows are sealed shortly
 * after they are written (by {@link AuditSealer}, or before a verification), each by a link holding the row's digest
 * and the previous link's hash. The verification recomputes everything from the rows as they are now.
 */
@Stateless
public class AuditChain {

    private static final int SEAL_BATCH = 500;
    private static final int VERIFY_PAGE = 1000;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Seals the rows not sealed yet (at most 500 per table a call); returns how many. Safe on several servers at once. */
    @PermitAll
    public int sealPending() {
        ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row: migration V8 not applied");
        }
        long seq = head.getLastSeq();
        String previous = head.getLastHash();
        int sealed = 0;
        for (AuditSource source : AuditSource.values()) {
            for (Object[] row : unsealed(source)) {
                ChainLink link = new ChainLink(++seq, source, ((Number) row[0]).longValue(), ChainHashes.digest(source, row), previous, clock.instant());
                em.persist(link);
                head.advance(link);
                previous = link.getHash();
                sealed++;
            }
        }
        return sealed;
    }

    /** Seals everything pending, a batch per transaction; returns how many rows were sealed. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sealAll() {
        AuditChain self = context.getBusinessObject(AuditChain.class);
        long total = 0;
        int sealed;
        do {
            sealed = self.sealPending();
            total += sealed;
        } while (sealed > 0);
        return total;
    }

    /**
     * Walks the whole chain against the rows as they are now. Open to the daily digest job (no caller): it reveals no
     * journal content, only whether and where the chain breaks; the screen and the API are for Caf administrators. Its own
     * transaction: the walk clears its persistence context page after page.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier();
        long after = 0;
        List<ChainLink> page;
        do {
            page = em.createQuery("SELECT l FROM ChainLink l WHERE l.seq > :after ORDER BY l.seq", ChainLink.class)
                    .setParameter("after", after).setMaxResults(VERIFY_PAGE).getResultList();
            Map<AuditSource, Map<Long, String>> digests = currentDigests(page);
            for (ChainLink link : page) {
                verifier.check(link, digests.get(link.getSource()).get(link.getSourceId()));
                after = link.getSeq();
            }
            em.clear();
        } while (page.size() == VERIFY_PAGE);
        ChainHead head = em.find(ChainHead.class, ChainHead.ID);
        verifier.end(head.getLastSeq(), head.getLastHash());
        return new ChainVerification(clock.instant(), verifier.intact(), verifier.checked(), verifier.breakCount(), head.getLastSeq(),
                head.getLastHash(), verifier.breaks());
    }

    @RolesAllowed(Roles.CAF_ADMIN)
    public ChainLink link(long seq) {
        ChainLink link = em.find(ChainLink.class, seq);
        if (link == null) {
            throw OutOfScope.of("audit.link.notFound", seq);
        }
        return link;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> unsealed(AuditSource source) {
        return em.createNativeQuery("SELECT " + source.selectList() + " FROM " + source.table() + " t WHERE NOT EXISTS"
                        + " (SELECT 1 FROM audit_chain c WHERE c.source = '" + source.name() + "' AND c.source_id = t.id) ORDER BY t.id")
                .setMaxResults(SEAL_BATCH).getResultList();
    }

    /** For each source, the digest of each sealed row of the page as it is now (absent: the row is gone). */
    @SuppressWarnings("unchecked")
    private Map<AuditSource, Map<Long, String>> currentDigests(List<ChainLink> page) {
        Map<AuditSource, Map<Long, String>> digests = new HashMap<>();
        for (AuditSource source : AuditSource.values()) {
            Set<Long> ids = new HashSet<>();
            page.stream().filter(l -> l.getSource() == source).forEach(l -> ids.add(l.getSourceId()));
            Map<Long, String> bySource = new HashMap<>();
            if (!ids.isEmpty()) {
                long min = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
                long max = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
                List<Object[]> rows = new ArrayList<>(em.createNativeQuery("SELECT " + source.selectList() + " FROM " + source.table()
                        + " WHERE id BETWEEN " + min + " AND " + max).getResultList());
                for (Object[] row : rows) {
                    long id = ((Number) row[0]).longValue();
                    if (ids.contains(id)) {
                        bySource.put(id, ChainHashes.digest(source, row));
                    }
                }
            }
            digests.put(source, bySource);
        }
        return digests;
    }
}
