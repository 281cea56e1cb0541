package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The common shape of PS_RULES.md: {@code rate × min(expenses ÷ units delivered, ceiling) × units retained (× share)},
 * computed exactly and rounded once to the cent.
 */
final class UnitCostLine {

    private final String rule;
    private final String label;
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final List<ParameterValue> parameters = new ArrayList<>();

    UnitCostLine(String rule, String label) {
        this.rule = rule;
        this.label = label;
    }

    UnitCostLine input(String name, BigDecimal value) {
        inputs.put(name, Exact.show(value));
        return this;
    }

    /**
     * @param ceiling       the ceiling per unit as used (may be derived from {@code ceilingSource})
     * @param unitsDelivered the units dividing the expenses (unit cost price)
     * @param unitsRetained the units that open a right
     * @param share         a further factor (1 when none)
     */
    EstimateLine compute(ParameterValue rate, ParameterValue ceilingSource, BigDecimal ceiling, BigDecimal expenses,
                         BigDecimal unitsDelivered, BigDecimal unitsRetained, BigDecimal share) {
        return compute(rate, List.of(ceilingSource), ceiling, expenses, unitsDelivered, unitsRetained, share);
    }

    /** The same, with a ceiling derived from several parameters (e.g. a band, or two ends of a linear scale). */
    EstimateLine compute(ParameterValue rate, List<ParameterValue> ceilingSources, BigDecimal ceiling, BigDecimal expenses,
                         BigDecimal unitsDelivered, BigDecimal unitsRetained, BigDecimal share) {
        BigDecimal unitCost = Exact.divide(expenses, unitsDelivered);
        BigDecimal retainedCost = unitCost.min(ceiling);
        inputs.put("unitCost", Exact.show(unitCost));
        inputs.put("ceilingRetained", Exact.show(ceiling));
        inputs.put("costRetained", Exact.show(retainedCost));
        parameters.add(rate);
        parameters.addAll(ceilingSources);
        BigDecimal amount = Exact.cents(Exact.multiply(rate.value(), retainedCost, unitsRetained, share));
        return new EstimateLine(rule, label, amount, Map.copyOf(inputs), List.copyOf(parameters));
    }
}
