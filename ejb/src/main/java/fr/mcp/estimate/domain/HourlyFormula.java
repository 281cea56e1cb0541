package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * PS per hour: ALSH (hours delivered, × share of children under the general scheme), LAEP (opening + organisation
 * hours) and espace de rencontre (meetings + interviews + organisation hours).
 */
final class HourlyFormula implements Formula {

    private final String type;
    private final List<String> hourValues;
    private final boolean generalSchemeShare;
    private final String label;

    HourlyFormula(String type, List<String> hourValues, boolean generalSchemeShare, String label) {
        this.type = type;
        this.hourValues = List.copyOf(hourValues);
        this.generalSchemeShare = generalSchemeShare;
        this.label = label;
    }

    @Override
    public List<EstimateLine> lines(DeclaredValues values, Scale scale) {
        BigDecimal expenses = values.decimal("expenses", BigDecimal.ZERO, null);
        BigDecimal[] read = new BigDecimal[hourValues.size()];
        BigDecimal hours = BigDecimal.ZERO;
        for (int i = 0; i < read.length; i++) {
            read[i] = values.decimal(hourValues.get(i), BigDecimal.ZERO, null);
            hours = hours.add(read[i]);
        }
        BigDecimal share = generalSchemeShare
                ? values.optionalDecimal("generalSchemeShare", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE)
                : BigDecimal.ONE;
        if (hours.signum() == 0) {
            values.problem("hours.zero", String.join(" + ", hourValues));
        }
        values.throwIfAny();
        UnitCostLine line = new UnitCostLine(type + ".base", label).input("expenses", expenses);
        for (int i = 0; i < read.length; i++) {
            line.input(hourValues.get(i), read[i]);
        }
        line.input("hours", hours);
        if (generalSchemeShare) {
            line.input("generalSchemeShare", share);
        }
        ParameterValue ceiling = scale.get(type + ".ceilingPerHour");
        return List.of(
                line.compute(scale.get(type + ".rate"), ceiling, ceiling.value(), expenses, hours, hours, share));
    }
}
