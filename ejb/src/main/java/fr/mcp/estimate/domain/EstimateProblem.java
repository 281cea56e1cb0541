package fr.mcp.estimate.domain;

import java.util.List;

/** Declared values or a scale that cannot give an estimate; each problem is a message key of errors.properties and its arguments. */
public class EstimateProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One problem: message key and arguments. */
    public record Item(String key, List<String> arguments) {}

    private final List<Item> items;

    public EstimateProblem(String key, String... arguments) {
        this(List.of(new Item(key, List.of(arguments))));
    }

    public EstimateProblem(List<Item> items) {
        super(items.toString());
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }
}
