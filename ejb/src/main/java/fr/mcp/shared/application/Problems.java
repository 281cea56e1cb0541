package fr.mcp.shared.application;

import fr.mcp.shared.domain.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a form, in French, before refusing it as a whole. */
public final class Problems {

    private final List<String> messages = new ArrayList<>();

    /** Adds the message when the condition does not hold; returns the condition. */
    public boolean check(boolean condition, String key, Object... arguments) {
        if (!condition) {
            messages.add(RuleViolation.message(key, arguments));
        }
        return condition;
    }

    public boolean required(String value, String key) {
        return check(value != null && !value.isBlank(), key);
    }

    public boolean maxLength(String value, int max, String key) {
        return check(value == null || value.trim().length() <= max, key, max);
    }

    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new RuleViolation(messages);
        }
    }

    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
