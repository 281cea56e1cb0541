package fr.mcp.notification.infrastructure;

import fr.mcp.notification.domain.MailContent;
import fr.mcp.notification.domain.MailTemplateRenderer;
import fr.mcp.notification.domain.OutboundMail;
import fr.mcp.notification.domain.RetryPolicy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Delivers one outbound mail, in the transaction of the message that carried its key, the mail's row locked. A mail
 * already sent is not sent again (redelivered message), nor is a message acted on when another made an attempt since it
 * was queued (a mail queued again by {@link StrandedMails} while its first message still existed somewhere); a failed
 * attempt schedules the next one on the same queue with an exponential delay; after the last attempt the key is parked
 * on the dead-letter queue with its reason.
 */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int MAX_LOOKUPS = 30;
    private static final Duration LOOKUP_DELAY = Duration.ofSeconds(1);

    private final MailTemplateRenderer renderer = new MailTemplateRenderer(MailDelivery.class.getClassLoader());

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private MailQueue mailQueue;

    @Inject
    private SmtpMailSender sender;

    @Inject
    private RetryPolicy retryPolicy;

    @Inject
    private Clock clock;

    @Inject
    private MetricRegistry metrics;

    /**
     * @param lookups  how many times the record of that key was already looked for in vain: the queue may hand
     *                 over the key before the database shows the record committed in the same transaction.
     * @param attempts the mail's attempts when the message was queued (null on messages queued before it was carried)
     */
    public void deliver(String key, int lookups, Integer attempts) {
        OutboundMail mail = em.find(OutboundMail.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            lookAgainLater(key, lookups + 1, attempts);
            return;
        }
        mail.messageConsumed();
        if (mail.isSent()) {
            LOG.info(() -> "Mail " + key + " already sent: redelivered message ignored");
            metrics.counter("mcp.mail.duplicatesIgnored").inc();
            return;
        }
        if (attempts != null && !mail.awaits(attempts)) {
            LOG.info(() -> "Mail " + key + ": message of attempt " + (attempts + 1) + " superseded ("
                    + mail.getAttempts() + " made, " + mail.getStatus() + "): ignored");
            metrics.counter("mcp.mail.supersededIgnored").inc();
            return;
        }
        try {
            MailContent content = renderer.render(mail.getTemplate(), mail.getParameters());
            sender.send(key, mail.getRecipient(), content);
            mail.markSent(clock.instant());
            metrics.counter("mcp.mail.sent").inc();
            LOG.fine(() -> "Mail " + key + " sent to " + mail.getRecipient());
        } catch (MessagingException | RuntimeException e) {
            handleFailure(mail, e);
        }
    }

    private void lookAgainLater(String key, int lookups, Integer attempts) {
        if (lookups > MAX_LOOKUPS) {
            LOG.severe(() -> "No outbound mail for key " + key + " after " + MAX_LOOKUPS + " lookups: message dropped");
            return;
        }
        LOG.info(() -> "No outbound mail for key " + key + " yet (lookup " + lookups + "): looking again shortly");
        mailQueue.lookAgainAfter(key, lookups, attempts, LOOKUP_DELAY);
    }

    private void handleFailure(OutboundMail mail, Exception e) {
        int attempt = mail.getAttempts() + 1;
        boolean retry = retryPolicy.allowsRetryAfter(attempt) && e instanceof MessagingException;
        Duration delay = retry ? retryPolicy.delayAfter(attempt) : Duration.ZERO;
        mail.recordFailure(
                e.getClass().getSimpleName() + ": " + e.getMessage(),
                clock.instant().plus(delay));
        metrics.counter("mcp.mail.failedAttempts").inc();
        if (retry) {
            LOG.log(Level.WARNING, "Mail {0}: attempt {1} failed ({2}); next attempt in {3} ms", new Object[] {
                mail.getId(), attempt, mail.getLastError(), delay.toMillis()
            });
            mail.messageQueued();
            mailQueue.enqueueAfter(mail.getId(), attempt, delay);
        } else {
            mail.park();
            metrics.counter("mcp.mail.parked").inc();
            LOG.log(
                    Level.SEVERE,
                    "Mail " + mail.getId() + " parked on the dead-letter queue after " + attempt + " attempt(s)",
                    e);
            mailQueue.park(mail.getId(), mail.getLastError());
        }
    }
}
