package fr.mcp.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.time.Duration;

/**
 * The persistent mail queue and its dead-letter queue. Messages carry only the idempotency key of an
 * outbound mail; they are sent in the caller's transaction.
 */
@ApplicationScoped
public class MailQueue {

    @Inject
    @JMSConnectionFactory(MailQueues.CONNECTION_FACTORY)
    private JMSContext jms;

    @Resource(lookup = MailQueues.MAIL_QUEUE)
    private Queue mailQueue;

    @Resource(lookup = MailQueues.DEAD_LETTER_QUEUE)
    private Queue deadLetterQueue;

    /** A new mail's first attempt. */
    public void enqueue(String key) {
        enqueue(key, 0);
    }

    /** The next attempt of a mail that has made {@code attempts} (a mail whose message was lost, queued again). */
    public void enqueue(String key, int attempts) {
        attempt(attempts).send(mailQueue, key);
    }

    /** Another attempt after {@code attempts} failed ones, delivered no sooner than {@code delay} from now. */
    public void enqueueAfter(String key, int attempts, Duration delay) {
        attempt(attempts).setDeliveryDelay(delay.toMillis()).send(mailQueue, key);
    }

    /**
     * The same key again after {@code delay}, when the mail's record was not yet visible to the consumer: the
     * message and the record are committed by two resources of one transaction, in no guaranteed order.
     */
    public void lookAgainAfter(String key, int lookups, Integer attempts, Duration delay) {
        attempt(attempts)
                .setDeliveryDelay(delay.toMillis())
                .setProperty(MailQueues.LOOKUPS, lookups)
                .send(mailQueue, key);
    }

    /** A persistent message for the attempt that follows {@code attempts} (see OutboundMail#awaits; none: unknown). */
    private JMSProducer attempt(Integer attempts) {
        JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        return attempts == null ? producer : producer.setProperty(MailQueues.ATTEMPTS, attempts);
    }

    public void park(String key, String reason) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(MailQueues.FAILURE_REASON, reason)
                .send(deadLetterQueue, key);
    }
}
