package fr.mcp.audit.application;

import fr.mcp.audit.domain.AuditSource;
import fr.mcp.audit.domain.EventPruning;
import fr.mcp.identity.domain.ClientInfo;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention of personal data in the security journal: events older than {@code mcp.retention.securityEventDays}
 * (365 by default, never less than {@value #MIN_DAYS}) are erased once sealed, a batch per call; each batch is recorded
 * (up to which link, how many rows) for the chain's verification, and written to the administrative journal. The
 * administrative journal and the declarations' history are business records and are kept.
 */
@Stateless
@PermitAll
public class EventRetention {

    static final int MIN_DAYS = 30;
    private static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(EventRetention.class.getName());

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "mcp.retention.securityEventDays", defaultValue = "365")
    private int days;

    /** Erases one batch of expired, sealed security events; returns how many. */
    public int pruneBatch() {
        int kept = Math.max(days, MIN_DAYS);
        if (kept != days) {
            LOG.warning(() -> "mcp.retention.securityEventDays=" + days + " is below " + MIN_DAYS + " days: " + MIN_DAYS
                    + " days are kept");
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(kept));
        List<Object[]> expired = em.createQuery(
                        "SELECT l.seq, l.sourceId FROM ChainLink l, SecurityEvent e WHERE l.source = :security"
                                + " AND l.sourceId = e.id AND e.occurredAt < :cutoff ORDER BY l.seq",
                        Object[].class)
                .setParameter("security", AuditSource.SECURITY)
                .setParameter("cutoff", cutoff)
                .setMaxResults(BATCH)
                .getResultList();
        if (expired.isEmpty()) {
            return 0;
        }
        List<Long> ids = expired.stream().map(row -> (Long) row[1]).toList();
        long through = expired.stream().mapToLong(row -> (Long) row[0]).max().orElseThrow();
        int deleted = em.createQuery("DELETE FROM SecurityEvent e WHERE e.id IN :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        em.persist(new EventPruning(now, cutoff, through, deleted));
        audit.record(
                "SYSTEM",
                ClientInfo.SYSTEM,
                null,
                null,
                "EVENTS_PRUNED",
                "journal de sécurité",
                null,
                deleted + " événement(s) antérieur(s) au " + cutoff
                        + " effacé(s) au titre de la durée de conservation (" + kept + " jours), maillons jusqu'au n° "
                        + through);
        return deleted;
    }
}
