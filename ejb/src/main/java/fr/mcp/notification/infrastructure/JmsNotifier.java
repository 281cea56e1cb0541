package fr.mcp.notification.infrastructure;

import fr.mcp.notification.application.Notification;
import fr.mcp.notification.application.Notifier;
import fr.mcp.notification.domain.MailTemplateRenderer;
import fr.mcp.notification.domain.OutboundMail;
import fr.mcp.shared.application.BulkSql;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Records the notification and puts its idempotency key on the persistent mail queue, both in the caller's
 * transaction. The message carries only the key: the content stays in the database, never serialized.
 */
@Stateless
public class JmsNotifier implements Notifier {

    private static final List<String> COLUMNS = List.of(
            "id",
            "template",
            "recipient",
            "parameters",
            "status",
            "attempts",
            "last_error",
            "created_at",
            "sent_at",
            "due_at",
            "pending_messages",
            "version");

    private final MailTemplateRenderer renderer = new MailTemplateRenderer(JmsNotifier.class.getClassLoader());

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private MailQueue mailQueue;

    @Inject
    private Clock clock;

    @Override
    public String send(Notification notification) {
        OutboundMail mail = checked(notification);
        mail.messageQueued();
        em.persist(mail);
        mailQueue.enqueue(mail.getId());
        return mail.getId();
    }

    @Override
    public List<String> sendAll(List<Notification> notifications) {
        List<OutboundMail> mails = notifications.stream().map(this::checked).toList();
        mails.forEach(OutboundMail::messageQueued);
        BulkSql.on(em)
                .insert(
                        "outbound_mail",
                        COLUMNS,
                        mails.stream()
                                .map(m -> new Object[] {
                                    m.getId(),
                                    m.getTemplate(),
                                    m.getRecipient(),
                                    m.getEncodedParameters(),
                                    m.getStatus(),
                                    m.getAttempts(),
                                    m.getLastError(),
                                    m.getCreatedAt(),
                                    m.getSentAt(),
                                    m.getDueAt(),
                                    m.getPendingMessages(),
                                    BulkSql.NEW_ROW_VERSION
                                })
                                .toList());
        mails.forEach(m -> mailQueue.enqueue(m.getId()));
        return mails.stream().map(OutboundMail::getId).toList();
    }

    /** The record of a notification; rendering it now fails fast on an unknown template or a missing value, in the caller's transaction. */
    private OutboundMail checked(Notification notification) {
        renderer.render(notification.template(), notification.parameters());
        return new OutboundMail(
                notification.template(), notification.recipient(), notification.parameters(), clock.instant());
    }
}
