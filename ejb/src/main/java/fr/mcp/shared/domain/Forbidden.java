package fr.mcp.shared.domain;

import java.util.List;

/** A caller without the right for this operation (role, group or delegation missing); the REST API answers 403. */
public class Forbidden extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public Forbidden(List<String> messages) {
        super(messages);
    }

    public static Forbidden of(String key, Object... arguments) {
        return new Forbidden(List.of(message(key, arguments)));
    }
}
