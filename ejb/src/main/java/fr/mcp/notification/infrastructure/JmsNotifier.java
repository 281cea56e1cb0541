package fr.mcp.notification.infrastructure;

import fr.mcp.notification.application.Notification;
import fr.mcp.notification.application.Notifier;
import fr.mcp.notification.domain.MailTemplateRenderer;
import fr.mcp.notification.domain.OutboundMail;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Records the notification and puts its idempotency key on the persistent mail queue, both in the caller's
 * transaction. The message carries only the key: the content stays in the database, never serialized.
 */
@Stateless
public class JmsNotifier implements Notifier {

    private final MailTemplateRenderer renderer = new MailTemplateRenderer(JmsNotifier.class.getClassLoader());

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private MailQueue mailQueue;

    @Inject
    private Clock clock;

    @Override
    public String send(Notification notification) {
        // Rendering now fails fast on an unknown template or a missing value, in the caller's transaction.
        renderer.render(notification.template(), notification.parameters());
        OutboundMail mail = new OutboundMail(notification.template(), notification.recipient(), notification.parameters(), clock.instant());
        em.persist(mail);
        mailQueue.enqueue(mail.getId());
        return mail.getId();
    }
}
