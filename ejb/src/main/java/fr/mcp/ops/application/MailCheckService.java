package fr.mcp.ops.application;

import fr.mcp.identity.domain.Roles;
import fr.mcp.notification.application.Notification;
import fr.mcp.notification.application.Notifier;
import fr.mcp.notification.domain.OutboundMail;
import fr.mcp.shared.domain.OutOfScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Lets a Caf administrator check that the platform can send mail, end to end through the mail queue. */
@Stateless
@RolesAllowed(Roles.CAF_ADMIN)
public class MailCheckService {

    private static final String TEMPLATE = "mail-check";
    private static final String REQUESTED_BY = "requestedBy";
    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    @Inject
    private Notifier notifier;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    /** Returns the idempotency key of the queued mail. */
    public String sendCheck(
            @NotBlank(message = "{mail.recipient.required}")
                    @Email(message = "{mail.recipient.invalid}")
                    @Size(max = 254, message = "{mail.recipient.tooLong}")
                    String recipient) {
        return notifier.send(new Notification(
                TEMPLATE,
                recipient.trim(),
                Map.of(
                        REQUESTED_BY,
                        context.getCallerPrincipal().getName(),
                        "requestedAt",
                        ZonedDateTime.now(clock).format(FRENCH))));
    }

    /**
     * Where a check mail the caller asked for stands, by its idempotency key. Other mails (notifications, checks
     * of other administrators) are answered as unknown: their recipients are not the caller's to read.
     */
    public MailTrace trace(String id) {
        OutboundMail mail = id == null ? null : em.find(OutboundMail.class, id);
        if (mail == null
                || !TEMPLATE.equals(mail.getTemplate())
                || !context.getCallerPrincipal()
                        .getName()
                        .equals(mail.getParameters().get(REQUESTED_BY))) {
            throw OutOfScope.of("mail.unknown");
        }
        return new MailTrace(
                mail.getId(),
                mail.getTemplate(),
                mail.getRecipient(),
                mail.getStatus().name(),
                mail.getAttempts(),
                mail.getLastError(),
                mail.getCreatedAt(),
                mail.getSentAt(),
                mail.getPendingMessages());
    }

    /**
     * The platform's mail queue, for the mails recorded since {@code since} (all when null): mails still to be sent, and
     * their messages not yet consumed (0: nothing is left that could send one of them). A message lost for good with a
     * server that never came back stays counted with its mail; {@code since} leaves the older ones out.
     */
    public MailQueueState queueState(Instant since) {
        Instant from = since == null ? Instant.EPOCH : since;
        Object[] row =
                (Object[]) em.createQuery("SELECT COALESCE(SUM(m.pendingMessages), 0), COUNT(m) FROM OutboundMail m"
                                + " WHERE m.pendingMessages > 0 AND m.createdAt >= :from")
                        .setParameter("from", from)
                        .getSingleResult();
        long waiting = em.createQuery(
                        "SELECT COUNT(m) FROM OutboundMail m WHERE m.dueAt IS NOT NULL AND m.createdAt >= :from",
                        Long.class)
                .setParameter("from", from)
                .getSingleResult();
        return new MailQueueState(((Number) row[0]).longValue(), waiting);
    }
}
