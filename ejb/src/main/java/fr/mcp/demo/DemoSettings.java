package fr.mcp.demo;

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
}
