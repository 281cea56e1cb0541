package fr.mcp.notification.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/** Thin consumer of the mail queue: each message is the idempotency key of an outbound mail. */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = MailQueues.MAIL_QUEUE)
        })
public class MailConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(MailConsumer.class.getName());

    @Inject
    private MailDelivery delivery;

    @Override
    public void onMessage(Message message) {
        try {
            if (message instanceof TextMessage text) {
                int lookups = text.propertyExists(MailQueues.LOOKUPS) ? text.getIntProperty(MailQueues.LOOKUPS) : 0;
                Integer attempts =
                        text.propertyExists(MailQueues.ATTEMPTS) ? text.getIntProperty(MailQueues.ATTEMPTS) : null;
                delivery.deliver(text.getText(), lookups, attempts);
            } else {
                LOG.warning(() -> "Ignored a non-text message on the mail queue: " + message);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable message on the mail queue", e);
        }
    }
}
