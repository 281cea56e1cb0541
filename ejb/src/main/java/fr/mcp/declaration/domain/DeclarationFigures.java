package fr.mcp.declaration.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a declaration as the estimate and the controls read them: activity values of every site added up
 * as each field says (SUM, MAX, MIN, or WEIGHTED:field — a mean weighted by another field), the financial values,
 * and the totals {@code expenses} and {@code income}.
 */
public final class DeclarationFigures {

    public static final String EXPENSES = "expenses";
    public static final String INCOME = "income";

    private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();

    private DeclarationFigures() {}

    public static DeclarationFigures of(
            FormDefinition activity,
            List<Map<String, String>> siteValues,
            FormDefinition financial,
            Map<String, String> financialValues) {
        DeclarationFigures figures = new DeclarationFigures();
        for (FormField field : activity.fields()) {
            figures.aggregate(field, siteValues);
        }
        if (financialValues != null) {
            for (FormField field : financial.fields()) {
                field.number(financialValues.get(field.getCode()))
                        .ifPresent(value -> figures.numbers.put(field.getCode(), value));
            }
            figures.numbers.put(EXPENSES, financial.total(financialValues, LineRole.EXPENSE));
            figures.numbers.put(INCOME, financial.total(financialValues, LineRole.INCOME));
        }
        return figures;
    }

    private void aggregate(FormField field, List<Map<String, String>> siteValues) {
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        String aggregation = field.getAggregation() == null ? "SUM" : field.getAggregation();
        String weightField = aggregation.startsWith("WEIGHTED:") ? aggregation.substring("WEIGHTED:".length()) : null;
        for (Map<String, String> site : siteValues) {
            Optional<BigDecimal> value = number(field, site.get(field.getCode()));
            if (value.isPresent()) {
                values.add(value.get());
                weights.add(
                        weightField == null
                                ? BigDecimal.ONE
                                : number(null, site.get(weightField)).orElse(BigDecimal.ZERO));
            }
        }
        if (values.isEmpty()) {
            return;
        }
        BigDecimal result =
                switch (weightField != null ? "WEIGHTED" : aggregation) {
                    case "MAX" -> values.stream().reduce(BigDecimal::max).orElseThrow();
                    case "MIN" -> values.stream().reduce(BigDecimal::min).orElseThrow();
                    case "WEIGHTED" -> weighted(values, weights);
                    default -> values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                };
        numbers.put(field.getCode(), result);
    }

    private static BigDecimal weighted(List<BigDecimal> values, List<BigDecimal> weights) {
        BigDecimal totalWeight = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (totalWeight.signum() == 0) {
            return values.get(0);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < values.size(); i++) {
            sum = sum.add(values.get(i).multiply(weights.get(i)));
        }
        return sum.divide(totalWeight, MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static Optional<BigDecimal> number(FormField field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return field == null ? Optional.of(new BigDecimal(text.trim().replace(',', '.'))) : field.number(text);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<BigDecimal> get(String name) {
        return Optional.ofNullable(numbers.get(name));
    }

    /** Adds a figure that does not come from the forms (e.g. the Caf's validated ETP of the facility). */
    public DeclarationFigures with(String name, BigDecimal value) {
        if (value != null) {
            numbers.put(name, value);
        }
        return this;
    }

    /** The figures as the estimate reads them (booleans as true/false). */
    public Map<String, String> asDeclaredValues(FormDefinition activity) {
        Map<String, String> values = new LinkedHashMap<>();
        numbers.forEach(
                (name, value) -> values.put(name, value.stripTrailingZeros().toPlainString()));
        activity.fields().stream()
                .filter(f -> f.getValueType() == FieldType.BOOLEAN && numbers.containsKey(f.getCode()))
                .forEach(f -> values.put(f.getCode(), numbers.get(f.getCode()).signum() > 0 ? "true" : "false"));
        return values;
    }
}
