package fr.mcp.shared.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The yearly rules (form fields, coherence controls, scale values) as this server last read them, kept while the
 * database's rule revision (table {@code rule_revision}) has not moved. Whoever changes a rule calls {@link #changed()}
 * in the same transaction: every server, reading the revision before it reads the rules, sees the change as soon as it
 * commits. The transaction that changes a rule reads the rules from the database, never from here (it could roll back
 * and a later change take the same revision number).
 * Values kept here are shared by every request: they must be immutable or never changed by their readers.
 */
@ApplicationScoped
public class RuleRevision {

    private static final String CHANGED = RuleRevision.class.getName() + ".changed";
    private static final String REVISION = RuleRevision.class.getName() + ".revision";

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(Long.MIN_VALUE));

    /** The value kept for that key at the database's current revision, else the loader's (kept for the next readers). */
    @SuppressWarnings("unchecked")
    public <V> V cached(Object key, Supplier<V> loader) {
        if (changedHere()) {
            return loader.get();
        }
        long current = current();
        Generation kept = generation.get();
        if (kept.revision < current) {
            Generation fresh = new Generation(current);
            kept = generation.compareAndSet(kept, fresh) ? fresh : generation.get();
        }
        if (kept.revision != current) {
            // A transaction that read an older revision (or a race lost to a newer one): read, keep nothing.
            return loader.get();
        }
        Object value = kept.values.get(key);
        if (value == null) {
            value = loader.get();
            kept.values.putIfAbsent(key, value);
        }
        return (V) value;
    }

    /** To call in the transaction that changes a rule: moves the revision, so every server reads the rules again. */
    public void changed() {
        em.createNativeQuery("UPDATE rule_revision SET revision = revision + 1 WHERE id = 1")
                .executeUpdate();
        transaction.putResource(CHANGED, Boolean.TRUE);
    }

    /** Whether what is read now may be kept and shared: not in a transaction that changed a rule. */
    public boolean shareable() {
        return !changedHere();
    }

    private boolean changedHere() {
        return transaction.getTransactionKey() != null && transaction.getResource(CHANGED) != null;
    }

    /** The database's revision, read once per transaction. */
    private long current() {
        boolean inTransaction = transaction.getTransactionKey() != null;
        Object read = inTransaction ? transaction.getResource(REVISION) : null;
        if (read == null) {
            read = ((Number) em.createNativeQuery("SELECT revision FROM rule_revision WHERE id = 1")
                            .getSingleResult())
                    .longValue();
            if (inTransaction) {
                transaction.putResource(REVISION, read);
            }
        }
        return (Long) read;
    }

    private static final class Generation {
        private final long revision;
        private final Map<Object, Object> values = new ConcurrentHashMap<>();

        private Generation(long revision) {
            this.revision = revision;
        }
    }
}
