package fr.mcp.audit.application;

import fr.mcp.audit.application.internal.AuditSealer;
import fr.mcp.audit.application.internal.ChainWalk;
import fr.mcp.audit.domain.AuditSource;
import fr.mcp.audit.domain.ChainHashes;
import fr.mcp.audit.domain.ChainHead;
import fr.mcp.audit.domain.ChainLink;
import fr.mcp.identity.domain.Roles;
import fr.mcp.shared.application.BulkSql;
import fr.mcp.shared.domain.OutOfScope;
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
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tamper-evident audit chain over the append-only audit tables. Writers never wait for it: rows are sealed shortly
 * after they are written (by {@link AuditSealer}, or before a verification), each by a link holding the row's digest
 * and the previous link's hash. The verification recomputes everything from the rows as they are now.
 */
@Stateless
public class AuditChain {

    private static final int SEAL_BATCH = 500;
    private static final List<String> LINK_COLUMNS =
            List.of("seq", "source", "source_id", "digest", "previous_hash", "hash", "sealed_at");

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private ChainWalk walk;

    /**
     * Seals rows not sealed yet, at most 500 per table a call, each table's read after the id in {@code after} (absent:
     * from the start); moves {@code after} to the last id sealed. Returns how many. Safe on several servers at once.
     */
    @PermitAll
    public int sealPending(Map<AuditSource, Long> after) {
        ChainHead head = em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head has no row: migration V8 not applied");
        }
        long seq = head.getLastSeq();
        String previous = head.getLastHash();
        // Each table is read after a mark: planned with it, PostgreSQL walks the last ids instead of the whole table.
        BulkSql bulk = BulkSql.on(em);
        bulk.planWithValues();
        // The links by one JDBC batch, not through the persistence context: a campaign's history lines are sealed by
        // the
        // tens of thousands while it runs, and the links are never changed afterwards.
        List<Object[]> links = new ArrayList<>();
        for (AuditSource source : AuditSource.values()) {
            for (Object[] row : unsealed(source, after.getOrDefault(source, Long.MIN_VALUE))) {
                long id = ((Number) row[0]).longValue();
                ChainLink link =
                        new ChainLink(++seq, source, id, ChainHashes.digest(source, row), previous, clock.instant());
                links.add(new Object[] {
                    link.getSeq(),
                    link.getSource(),
                    link.getSourceId(),
                    link.getDigest(),
                    link.getPreviousHash(),
                    link.getHash(),
                    link.getSealedAt()
                });
                head.advance(link);
                previous = link.getHash();
                after.merge(source, id, Math::max);
            }
        }
        bulk.insert("audit_chain", LINK_COLUMNS, links);
        return links.size();
    }

    /**
     * Seals everything pending, however old, a batch per transaction; returns how many rows were sealed. Reads each
     * table whole, twice: once caught up, a second walk finds the rows whose lower ids were committed late (ids come
     * from a shared sequence by blocks, so they do not commit in order). For a verification, a digest, and now and then
     * as the periodic sealing's safety net.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sealAll() {
        AuditChain self = context.getBusinessObject(AuditChain.class);
        return walk(self, new EnumMap<>(AuditSource.class)) + walk(self, new EnumMap<>(AuditSource.class));
    }

    /**
     * Seals the pending rows written from {@code since} on, in one walk, a batch per transaction. The walk starts at the
     * lowest id of a row written from then on (read by the index on the time column), so it also finds the rows whose
     * lower ids were committed late, as long as they were written after {@code since}. Returns how many rows it sealed
     * and where it stopped in each table, for {@link #sealAfter} to go on from.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SealRun sealWrittenSince(Instant since) {
        AuditChain self = context.getBusinessObject(AuditChain.class);
        Map<AuditSource, Long> marks = new EnumMap<>(self.startsOfRowsWrittenSince(since));
        return new SealRun(walk(self, marks), marks);
    }

    /**
     * Seals the rows after the marks a previous run stopped at, in one walk: the rows written since, not those it
     * already walked past (a row committed late with a lower id is left to the next {@link #sealWrittenSince}).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SealRun sealAfter(Map<AuditSource, Long> previous) {
        Map<AuditSource, Long> marks = new EnumMap<>(previous);
        return new SealRun(walk(context.getBusinessObject(AuditChain.class), marks), marks);
    }

    /** What a periodic run sealed, and per table the id it stopped after. */
    public record SealRun(long sealed, Map<AuditSource, Long> marks) {}

    /**
     * Per table, the id after which the rows written from {@code since} on are (the lowest such id, less one): every
     * such row committed by now has an id above it, whatever order they committed in. A table with none, its highest
     * id (a row written since but not committed yet, with a lower id, is for a later run from a later {@code since}).
     */
    @PermitAll
    public Map<AuditSource, Long> startsOfRowsWrittenSince(Instant since) {
        Map<AuditSource, Long> starts = new EnumMap<>(AuditSource.class);
        for (AuditSource source : AuditSource.values()) {
            Object lowest = em.createNativeQuery("SELECT MIN(t.id) FROM " + source.table() + " t WHERE t."
                            + AuditSource.TIME_COLUMN + " >= ?1")
                    .setParameter(1, Timestamp.from(since))
                    .getSingleResult();
            if (lowest == null) {
                lowest = em.createNativeQuery("SELECT MAX(t.id) FROM " + source.table() + " t")
                        .getSingleResult();
                starts.put(source, lowest == null ? Long.MIN_VALUE : ((Number) lowest).longValue());
            } else {
                starts.put(source, ((Number) lowest).longValue() - 1);
            }
        }
        return starts;
    }

    /** Seals batch after batch, each read after the last id the walk sealed (from {@code after}, moved as it goes), until a batch finds nothing. */
    private static long walk(AuditChain self, Map<AuditSource, Long> after) {
        long total = 0;
        int sealed;
        do {
            sealed = self.sealPending(after);
            total += sealed;
        } while (sealed > 0);
        return total;
    }

    /** Walks the whole chain against the rows as they are now, in a transaction of its own (the walk clears it page by page). */
    @RolesAllowed(Roles.CAF_ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ChainVerification verify() {
        return walk.verify();
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
    private List<Object[]> unsealed(AuditSource source, long after) {
        return em.createNativeQuery("SELECT " + source.selectList() + " FROM " + source.table()
                        + " t WHERE t.id > ?1 AND NOT EXISTS" + " (SELECT 1 FROM audit_chain c WHERE c.source = '"
                        + source.name() + "' AND c.source_id = t.id) ORDER BY t.id")
                .setParameter(1, after)
                .setMaxResults(SEAL_BATCH)
                .getResultList();
    }
}
