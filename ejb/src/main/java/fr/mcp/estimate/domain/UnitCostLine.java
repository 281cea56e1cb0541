package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The common shape of PS_RULES.md: {@code rate × min(expenses ÷ units delivered, ceiling) × units retained (× share)},
 * computed exactly and rounded once to the cent.
 */
final class UnitCostLine {

    private final String rule;
    private final String label;
    private final ExplainedValues.Builder inputs = new ExplainedValues.Builder(12);

    UnitCostLine(String rule, String label) {
        this.rule = rule;
        this.label = label;
    }

    UnitCostLine input(String name, BigDecimal value) {
        inputs.add(name, value);
        return this;
    }

    /**
     * @param ceiling       the ceiling per unit as used (may be derived from {@code ceilingSource})
     * @param unitsDelivered the units dividing the expenses (unit cost price)
     * @param unitsRetained the units that open a right
     * @param share         a further factor (1 when none)
     */
    EstimateLine compute(
            ParameterValue rate,
            ParameterValue ceilingSource,
            BigDecimal ceiling,
            BigDecimal expenses,
            BigDecimal unitsDelivered,
            BigDecimal unitsRetained,
            BigDecimal share) {
        return compute(rate, List.of(ceilingSource), ceiling, expenses, unitsDelivered, unitsRetained, share);
    }

    /** The same, with a ceiling derived from several parameters (e.g. a band, or two ends of a linear scale). */
    EstimateLine compute(
            ParameterValue rate,
            List<ParameterValue> ceilingSources,
            BigDecimal ceiling,
            BigDecimal expenses,
            BigDecimal unitsDelivered,
            BigDecimal unitsRetained,
            BigDecimal share) {
        BigDecimal unitCost = Exact.divide(expenses, unitsDelivered);
        BigDecimal retainedCost = unitCost.min(ceiling);
        inputs.add("unitCost", unitCost).add("ceilingRetained", ceiling).add("costRetained", retainedCost);
        ParameterValue[] parameters = new ParameterValue[ceilingSources.size() + 1];
        parameters[0] = rate;
        for (int i = 0; i < ceilingSources.size(); i++) {
            parameters[i + 1] = ceilingSources.get(i);
        }
        BigDecimal amount = Exact.cents(Exact.multiply(rate.value(), retainedCost, unitsRetained, share));
        return new EstimateLine(rule, label, amount, inputs.build(), List.of(parameters));
    }
}
