package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declared values an estimate reads (names of PS_RULES.md), as typed: each read checks presence, type and bounds
 * and collects a problem instead of failing at once, so a request gets every problem in one answer.
 */
public final class DeclaredValues {

    private final Map<String, String> raw;
    private final List<EstimateProblem.Item> problems = new ArrayList<>();
    private final Map<String, String> read = new LinkedHashMap<>();

    public DeclaredValues(Map<String, String> raw) {
        this.raw = raw == null ? Map.of() : Map.copyOf(raw);
    }

    /** A decimal between min and max (inclusive; null: no bound); zero when missing or wrong, with a problem recorded. */
    public BigDecimal decimal(String name, BigDecimal min, BigDecimal max) {
        String text = raw.get(name);
        if (text == null || text.isBlank()) {
            problems.add(new EstimateProblem.Item("value.missing", List.of(name)));
            return BigDecimal.ZERO;
        }
        return parse(name, text, min, max);
    }

    /** An optional decimal: the default when missing. */
    public BigDecimal optionalDecimal(String name, BigDecimal defaultValue, BigDecimal min, BigDecimal max) {
        String text = raw.get(name);
        if (text == null || text.isBlank()) {
            read.put(name, defaultValue.toPlainString());
            return defaultValue;
        }
        return parse(name, text, min, max);
    }

    /** A whole number between min and max. */
    public int integer(String name, int min, int max) {
        BigDecimal value = decimal(name, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        if (value.stripTrailingZeros().scale() > 0) {
            problems.add(new EstimateProblem.Item("value.notInteger", List.of(name)));
            return min;
        }
        return value.intValue();
    }

    /** A yes/no value ("true" or "false"); false when missing or wrong, with a problem recorded. */
    public boolean bool(String name) {
        String text = raw.get(name);
        if (text == null || text.isBlank()) {
            problems.add(new EstimateProblem.Item("value.missing", List.of(name)));
            return false;
        }
        if (!"true".equals(text.trim()) && !"false".equals(text.trim())) {
            problems.add(new EstimateProblem.Item("value.notBoolean", List.of(name, text)));
            return false;
        }
        read.put(name, text.trim());
        return Boolean.parseBoolean(text.trim());
    }

    /** An optional decimal with no default: null when missing. */
    public BigDecimal optionalOrNull(String name, BigDecimal min, BigDecimal max) {
        String text = raw.get(name);
        return text == null || text.isBlank() ? null : parse(name, text, min, max);
    }

    /** Records a problem found by a formula across values (e.g. months present above months open). */
    public void problem(String key, String... arguments) {
        problems.add(new EstimateProblem.Item(key, List.of(arguments)));
    }

    /** Throws every problem recorded so far. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new EstimateProblem(problems);
        }
    }

    /** The value as read, for the explanation of a line. */
    public String shown(String name) {
        return read.get(name);
    }

    private BigDecimal parse(String name, String text, BigDecimal min, BigDecimal max) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new EstimateProblem.Item("value.notNumber", List.of(name, text)));
            return BigDecimal.ZERO;
        }
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            problems.add(new EstimateProblem.Item("value.outOfRange", List.of(name, text, bound(min), bound(max))));
            return BigDecimal.ZERO;
        }
        read.put(name, value.toPlainString());
        return value;
    }

    private static String bound(BigDecimal value) {
        return value == null ? "∞" : value.toPlainString();
    }
}
