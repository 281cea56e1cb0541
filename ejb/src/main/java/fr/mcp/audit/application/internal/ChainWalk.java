package fr.mcp.audit.application.internal;

import fr.mcp.audit.application.AuditChain;
import fr.mcp.audit.application.ChainVerification;
import fr.mcp.audit.domain.AuditSource;
import fr.mcp.audit.domain.ChainHashes;
import fr.mcp.audit.domain.ChainHead;
import fr.mcp.audit.domain.ChainLink;
import fr.mcp.audit.domain.ChainVerifier;
import fr.mcp.audit.domain.Pruning;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The walk of the audit chain against the rows as they are now, in the caller's transaction: for Caf administrators
 * through {@link AuditChain#verify()}, and for the daily digest. Not an EJB, so that no unchecked entry point exposes it;
 * it clears the persistence context page after page, so callers walk before changing anything.
 */
@Dependent
public class ChainWalk {

    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Clock clock;

    public ChainVerification verify() {
        Object[] pruned = em.createQuery(
                        "SELECT MAX(p.throughSeq), SUM(p.rowsDeleted) FROM EventPruning p", Object[].class)
                .getSingleResult();
        ChainVerifier verifier = new ChainVerifier(
                pruned[0] == null
                        ? Pruning.NONE
                        : new Pruning(
                                AuditSource.SECURITY,
                                ((Number) pruned[0]).longValue(),
                                ((Number) pruned[1]).longValue()));
        long after = 0;
        List<ChainLink> page;
        do {
            page = em.createQuery("SELECT l FROM ChainLink l WHERE l.seq > :after ORDER BY l.seq", ChainLink.class)
                    .setParameter("after", after)
                    .setMaxResults(PAGE)
                    .getResultList();
            Map<AuditSource, Map<Long, String>> digests = currentDigests(page);
            for (ChainLink link : page) {
                verifier.check(link, digests.get(link.getSource()).get(link.getSourceId()));
                after = link.getSeq();
            }
            em.clear();
        } while (page.size() == PAGE);
        ChainHead head = em.find(ChainHead.class, ChainHead.ID);
        verifier.end(head.getLastSeq(), head.getLastHash());
        return new ChainVerification(
                clock.instant(),
                verifier.intact(),
                verifier.checked(),
                verifier.breakCount(),
                head.getLastSeq(),
                head.getLastHash(),
                verifier.breaks(),
                verifier.pruned());
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
                List<Object[]> rows = new ArrayList<>(em.createNativeQuery("SELECT " + source.selectList() + " FROM "
                                + source.table() + " WHERE id BETWEEN " + min + " AND " + max)
                        .getResultList());
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
