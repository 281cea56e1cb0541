package fr.mcp.audit.application;

import fr.mcp.audit.application.internal.AuditDigestJob;
import fr.mcp.audit.application.internal.ChainWalk;
import fr.mcp.audit.domain.AuditDigest;
import fr.mcp.audit.domain.ChainHead;
import fr.mcp.identity.domain.Roles;
import fr.mcp.notification.application.Notification;
import fr.mcp.notification.application.Notifier;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes the head of the audit chain by mail to the recipients of {@code mcp.audit.digestRecipients} (through the
 * mail queue, in the same transaction as the digest's row): once a day by {@link AuditDigestJob}, unique per day even
 * with several servers, or on demand by a Caf administrator.
 */
@Stateless
public class AuditDigests {

    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Notifier notifier;

    @Inject
    private ChainWalk walk;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    // Optional: an empty value (no digest mail, the production default) is a missing one for MicroProfile Config.
    @ConfigProperty(name = "mcp.audit.digestRecipients")
    private Optional<String> recipients;

    /** The digest of that day, unless it was already published; the chain must have been sealed just before. */
    @PermitAll
    public Optional<AuditDigest> daily(LocalDate day) {
        String slot = "DAILY:" + day;
        long existing = em.createQuery("SELECT COUNT(d) FROM AuditDigest d WHERE d.slot = :slot", Long.class)
                .setParameter("slot", slot)
                .getSingleResult();
        return existing > 0 ? Optional.empty() : Optional.of(publish(slot, null));
    }

    @RolesAllowed(Roles.CAF_ADMIN)
    public AuditDigest now() {
        return publish(
                "ON_DEMAND:" + UUID.randomUUID(), context.getCallerPrincipal().getName());
    }

    private static String verdict(ChainVerification result) {
        if (result.intact()) {
            return "chaîne intacte (" + result.linksChecked() + " maillons vérifiés)";
        }
        StringBuilder text = new StringBuilder("CHAÎNE ALTÉRÉE : " + result.breakCount() + " rupture(s), dont");
        result.breaks().stream().limit(10).forEach(b -> text.append("\n  - maillon n° ")
                .append(b.seq())
                .append(b.source() == null ? "" : " (" + b.source() + " " + b.sourceId() + ")")
                .append(" : ")
                .append(b.reason()));
        return text.toString();
    }

    private AuditDigest publish(String slot, String requestedBy) {
        String verification = verdict(walk.verify());
        ChainHead head = em.find(ChainHead.class, ChainHead.ID);
        List<Long> previous = em.createQuery("SELECT d.headSeq FROM AuditDigest d ORDER BY d.headSeq DESC", Long.class)
                .setMaxResults(1)
                .getResultList();
        long since = head.getLastSeq() - (previous.isEmpty() ? 0 : previous.get(0));
        List<String> to = Arrays.stream(recipients.orElse("").split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .distinct()
                .toList();
        AuditDigest digest = new AuditDigest(
                slot,
                clock.instant(),
                requestedBy,
                head.getLastSeq(),
                head.getLastHash(),
                since,
                to.isEmpty() ? null : String.join(",", to));
        em.persist(digest);
        em.flush();
        String when = ZonedDateTime.now(clock).format(FRENCH);
        for (String recipient : to) {
            notifier.send(new Notification(
                    "audit-digest",
                    recipient,
                    Map.of(
                            "when",
                            when,
                            "headSeq",
                            String.valueOf(head.getLastSeq()),
                            "headHash",
                            head.getLastHash(),
                            "linksSince",
                            String.valueOf(since),
                            "verification",
                            verification,
                            "requestedBy",
                            requestedBy == null ? "la tâche quotidienne" : requestedBy)));
        }
        return digest;
    }
}
