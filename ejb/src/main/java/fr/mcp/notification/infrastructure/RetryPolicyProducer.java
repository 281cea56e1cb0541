package fr.mcp.notification.infrastructure;

import fr.mcp.notification.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mail retry settings from configuration (server variables mcp.mail.retry.*). */
@ApplicationScoped
public class RetryPolicyProducer {

    @Inject
    @ConfigProperty(name = "mcp.mail.retry.initialDelaySeconds", defaultValue = "30")
    long initialDelaySeconds;

    @Inject
    @ConfigProperty(name = "mcp.mail.retry.maxDelaySeconds", defaultValue = "900")
    long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "mcp.mail.retry.maxAttempts", defaultValue = "60")
    int maxAttempts;

    @Produces
    RetryPolicy retryPolicy() {
        return new RetryPolicy(
                Duration.ofSeconds(initialDelaySeconds), Duration.ofSeconds(maxDelaySeconds), maxAttempts);
    }
}
