package fr.mcp.demo;

import fr.mcp.identity.domain.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Switches of the demonstration configuration; all off in production. */
@ApplicationScoped
public class DemoSettings {

    @Inject
    @ConfigProperty(name = "mcp.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "mcp.demo.mailserver.enabled", defaultValue = "false")
    boolean mailServerEnabled;

    @Inject
    @ConfigProperty(name = "mcp.demo.mailserver.port", defaultValue = "3025")
    int mailServerPort;

    /**
     * PBKDF2 iterations of the demo accounts' shared password, the product's count unless set: that password is
     * published, so its hash protects nothing, and the integration tests, which sign in on nearly every call, set a
     * low count to spend their CPU on what they test.
     */
    @Inject
    @ConfigProperty(name = "mcp.demo.passwordIterations", defaultValue = "" + PasswordHasher.DEFAULT_ITERATIONS)
    int passwordIterations;

    /** Demo data and the demo pages. */
    public boolean isEnabled() {
        return enabled;
    }

    /** The in-process SMTP server that captures every mail, read through the demo mailbox. */
    public boolean isMailServerEnabled() {
        return enabled && mailServerEnabled;
    }

    public int getMailServerPort() {
        return mailServerPort;
    }

    public int getPasswordIterations() {
        return passwordIterations;
    }
}
