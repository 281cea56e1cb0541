package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a year: for each name, the value in force on 1 January of that year, possibly replaced by a
 * simulation override. A formula asking for a parameter the scale lacks gets a {@link EstimateProblem}.
 */
public final class Scale {

    private final int year;
    private final Map<String, ParameterValue> values;

    private Scale(int year, Map<String, ParameterValue> values) {
        this.year = year;
        this.values = Map.copyOf(values);
    }

    /** From every dated value known: the latest one starting on or before 1 January of the year, per name. */
    public static Scale inForce(int year, List<ParameterValue> dated) {
        LocalDate firstOfYear = LocalDate.of(year, 1, 1);
        Map<String, ParameterValue> chosen = new HashMap<>();
        for (ParameterValue candidate : dated) {
            if (candidate.validFrom() == null || candidate.validFrom().isAfter(firstOfYear)) {
                continue;
            }
            ParameterValue current = chosen.get(candidate.name());
            if (current == null || candidate.validFrom().isAfter(current.validFrom())) {
                chosen.put(candidate.name(), candidate);
            }
        }
        return new Scale(year, chosen);
    }

    /** The same scale with some values replaced for a simulation (never stored). */
    public Scale withOverrides(Map<String, BigDecimal> overrides) {
        Map<String, ParameterValue> copy = new HashMap<>(values);
        overrides.forEach((name, value) -> copy.put(name, new ParameterValue(name, value, null)));
        return new Scale(year, copy);
    }

    public ParameterValue get(String name) {
        ParameterValue value = values.get(name);
        if (value == null) {
            throw new EstimateProblem("parameter.missing", name, String.valueOf(year));
        }
        return value;
    }

    public int year() {
        return year;
    }
}
