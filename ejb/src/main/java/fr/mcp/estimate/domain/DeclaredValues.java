package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The declared values an estimate reads (names of PS_RULES.md), as typed: each read checks presence, type and bounds
 * and collects a problem instead of failing at once, so a request gets every problem in one answer.
 */
public final class DeclaredValues {

    private final Map<String, String> raw;
    private List<EstimateProblem.Item> problems;

    public DeclaredValues(Map<String, String> raw) {
        this.raw = raw == null ? Map.of() : Map.copyOf(raw);
    }

    /** A decimal between min and max (inclusive; null: no bound); zero when missing or wrong, with a problem recorded. */
    public BigDecimal decimal(String name, BigDecimal min, BigDecimal max) {
        String text = raw.get(name);
        if (text == null || text.isBlank()) {
            problem(new EstimateProblem.Item("value.missing", List.of(name)));
            return BigDecimal.ZERO;
        }
        return parse(name, text, min, max);
    }

    /** An optional decimal: the default when missing. */
    public BigDecimal optionalDecimal(String name, BigDecimal defaultValue, BigDecimal min, BigDecimal max) {
        String text = raw.get(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        return parse(name, text, min, max);
    }

    /** A whole number between min and max. */
    public int integer(String name, int min, int max) {
        BigDecimal value = decimal(name, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        try {
            return value.intValueExact();
        } catch (ArithmeticException fractional) {
            problem(new EstimateProblem.Item("value.notInteger", List.of(name)));
            return min;
        }
    }

    /** A yes/no value ("true" or "false"); false when missing or wrong, with a problem recorded. */
    public boolean bool(String name) {
        String text = raw.get(name);
        if (text == null || text.isBlank()) {
            problem(new EstimateProblem.Item("value.missing", List.of(name)));
            return false;
        }
        if (!"true".equals(text.trim()) && !"false".equals(text.trim())) {
            problem(new EstimateProblem.Item("value.notBoolean", List.of(name, text)));
            return false;
        }
        return Boolean.parseBoolean(text.trim());
    }

    /** An optional decimal with no default: null when missing. */
    public BigDecimal optionalOrNull(String name, BigDecimal min, BigDecimal max) {
        String text = raw.get(name);
        return text == null || text.isBlank() ? null : parse(name, text, min, max);
    }

    /** Records a problem found by a formula across values (e.g. months present above months open). */
    public void problem(String key, String... arguments) {
        problem(new EstimateProblem.Item(key, List.of(arguments)));
    }

    private void problem(EstimateProblem.Item item) {
        if (problems == null) {
            problems = new ArrayList<>();
        }
        problems.add(item);
    }

    /** Throws every problem recorded so far. */
    public void throwIfAny() {
        if (problems != null) {
            throw new EstimateProblem(problems);
        }
    }

    private BigDecimal parse(String name, String text, BigDecimal min, BigDecimal max) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problem(new EstimateProblem.Item("value.notNumber", List.of(name, text)));
            return BigDecimal.ZERO;
        }
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            problem(new EstimateProblem.Item("value.outOfRange", List.of(name, text, bound(min), bound(max))));
            return BigDecimal.ZERO;
        }
        return value;
    }

    private static String bound(BigDecimal value) {
        return value == null ? "∞" : value.toPlainString();
    }
}
