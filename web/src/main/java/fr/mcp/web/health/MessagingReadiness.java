package fr.mcp.web.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the messaging engine accepts a connection and the mail queue can be browsed. */
@Readiness
@ApplicationScoped
public class MessagingReadiness implements HealthCheck {

    /** Browsing stops there: a readiness probe must stay cheap whatever the backlog. */
    private static final int COUNT_LIMIT = 1_000;

    @Resource(lookup = "jms/mcp/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/mcp/MailQueue")
    private Queue mailQueue;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext();
                QueueBrowser browser = context.createBrowser(mailQueue)) {
            Enumeration<?> messages = browser.getEnumeration();
            int waiting = 0;
            while (waiting < COUNT_LIMIT && messages.hasMoreElements()) {
                messages.nextElement();
                waiting++;
            }
            return HealthCheckResponse.named("messaging")
                    .up()
                    .withData("mailsWaiting", waiting == COUNT_LIMIT ? "≥ " + COUNT_LIMIT : String.valueOf(waiting))
                    .build();
        } catch (JMSRuntimeException | JMSException e) {
            return HealthCheckResponse.named("messaging")
                    .down()
                    .withData("reason", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
