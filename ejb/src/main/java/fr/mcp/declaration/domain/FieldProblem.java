package fr.mcp.declaration.domain;

import java.util.List;

/** What is wrong with a typed value: a message key of errors.properties and its arguments. */
public record FieldProblem(String key, List<Object> arguments) {

    public FieldProblem(String key, Object... arguments) {
        this(key, List.of(arguments));
    }
}
