package fr.mcp.notification.infrastructure;

import fr.mcp.notification.domain.MailContent;
import fr.mcp.notification.domain.MailTemplateRenderer;
import fr.mcp.notification.domain.OutboundMail;
import fr.mcp.notification.domain.RetryPolicy;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one outbound mail, in the transaction of the message that carried its key. A mail already sent is
 * not sent again (redelivered message); a failed attempt schedules the next one on the same queue with an
 * exponential delay; after the last attempt the key is parked on the dead-letter queue with its reason.
 */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    @JMSConnectionFactory(MailQueues.CONNECTION_FACTORY)
    private JMSContext jms;

    @Resource(lookup = MailQueues.MAIL_QUEUE)
    private Queue mailQueue;

    @Resource(lookup = MailQueues.DEAD_LETTER_QUEUE)
    private Queue deadLetterQueue;

    @Inject
    private SmtpMailSender sender;

    @Inject
    private RetryPolicy retryPolicy;

    @Inject
    private Clock clock;

    public void deliver(String key) {
        OutboundMail mail = em.find(OutboundMail.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            LOG.warning(() -> "No outbound mail for key " + key + ": message dropped");
            return;
        }
        if (mail.isSent()) {
            LOG.info(() -> "Mail " + key + " already sent: redelivered message ignored");
            return;
        }
        try {
            MailContent content = new MailTemplateRenderer(getClass().getClassLoader()).render(mail.getTemplate(), mail.getParameters());
            sender.send(key, mail.getRecipient(), content);
            mail.markSent(clock.instant());
            LOG.fine(() -> "Mail " + key + " sent to " + mail.getRecipient());
        } catch (MessagingException | RuntimeException e) {
            handleFailure(mail, e);
        }
    }

    private void handleFailure(OutboundMail mail, Exception e) {
        int attempts = mail.recordFailure(e.getClass().getSimpleName() + ": " + e.getMessage());
        if (retryPolicy.allowsRetryAfter(attempts) && e instanceof MessagingException) {
            long delay = retryPolicy.delayAfter(attempts).toMillis();
            LOG.log(Level.WARNING, "Mail {0}: attempt {1} failed ({2}); next attempt in {3} ms",
                    new Object[] {mail.getId(), attempts, mail.getLastError(), delay});
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setDeliveryDelay(delay).send(mailQueue, mail.getId());
        } else {
            mail.park();
            LOG.log(Level.SEVERE, "Mail " + mail.getId() + " parked on the dead-letter queue after " + attempts + " attempt(s)", e);
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty(MailQueues.FAILURE_REASON, mail.getLastError())
                    .send(deadLetterQueue, mail.getId());
        }
    }
}
