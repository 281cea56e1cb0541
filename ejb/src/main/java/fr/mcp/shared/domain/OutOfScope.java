package fr.mcp.shared.domain;

import java.util.List;

/**
 * A request on something that does not exist or lies outside the caller's partner, Caf or group. Both cases give
 * the same answer, so ids of other organisations reveal nothing; the REST API answers 404.
 */
public class OutOfScope extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public OutOfScope(List<String> messages) {
        super(messages);
    }

    public static OutOfScope of(String key, Object... arguments) {
        return new OutOfScope(List.of(message(key, arguments)));
    }
}
