package fr.mcp.shared.domain;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A request the business rules refuse. Carries the French messages to show; the transaction rolls back, so
 * nothing is changed. Messages come from {@code fr/mcp/shared/errors.properties}.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> messages;

    public RuleViolation(List<String> messages) {
        super(String.join(" ", messages));
        this.messages = List.copyOf(messages);
    }

    public static RuleViolation of(String key, Object... arguments) {
        return new RuleViolation(List.of(message(key, arguments)));
    }

    public static String message(String key, Object... arguments) {
        String pattern =
                ResourceBundle.getBundle("fr.mcp.shared.errors", Locale.FRANCE).getString(key);
        return new MessageFormat(pattern, Locale.FRANCE).format(arguments);
    }

    public List<String> messages() {
        return messages;
    }
}
