package fr.mcp.notification.application;

import java.util.Map;
import java.util.Objects;

/**
 * A mail to send: a French template, its recipient and the values it needs.
 *
 * @param template   name of a template under {@code mail/} (e.g. {@code mail-check})
 * @param recipient  e-mail address
 * @param parameters values substituted into the template's {@code {{name}}} placeholders
 */
public record Notification(String template, String recipient, Map<String, String> parameters) {

    public Notification {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(recipient, "recipient");
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }
}
