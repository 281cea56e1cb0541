package fr.mcp.identity.application.internal;

import fr.mcp.identity.domain.LockoutPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in settings (server variables mcp.signin.*), with the defaults of the production set-up. */
@ApplicationScoped
public class SignInSettings {

    @Inject
    @ConfigProperty(name = "mcp.signin.freeFailures", defaultValue = "3")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "mcp.signin.stepDelaySeconds", defaultValue = "2")
    long stepDelaySeconds;

    @Inject
    @ConfigProperty(name = "mcp.signin.maxDelaySeconds", defaultValue = "30")
    long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "mcp.signin.maxFailures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "mcp.signin.lockMinutes", defaultValue = "15")
    long lockMinutes;

    @Inject
    @ConfigProperty(name = "mcp.signin.temporaryPasswordHours", defaultValue = "24")
    long temporaryPasswordHours;

    @Inject
    @ConfigProperty(name = "mcp.signin.passwordHistory", defaultValue = "5")
    int passwordHistory;

    @Inject
    @ConfigProperty(name = "mcp.signin.maxFailuresPerAddress", defaultValue = "30")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "mcp.signin.addressWindowMinutes", defaultValue = "10")
    long addressWindowMinutes;

    public LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(
                freeFailures,
                Duration.ofSeconds(stepDelaySeconds),
                Duration.ofSeconds(maxDelaySeconds),
                maxFailures,
                Duration.ofMinutes(lockMinutes));
    }

    public Duration temporaryPasswordValidity() {
        return Duration.ofHours(temporaryPasswordHours);
    }

    public int passwordHistory() {
        return passwordHistory;
    }

    public int maxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    public Duration addressWindow() {
        return Duration.ofMinutes(addressWindowMinutes);
    }
}
