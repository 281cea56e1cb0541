package fr.mcp.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The baseline: each formula of PS_RULES.md written inline, reading the same text values and the same scale values
 * (as constants), with the same exact arithmetic and rounding, but none of the engine's explanation, checks or lookups.
 */
final class HandWritten {

    private static final MathContext M = MathContext.DECIMAL128;

    private HandWritten() {}

    static BigDecimal estimate(String type, Map<String, String> v) {
        return switch (type) {
            case "RPE" -> rpe(v);
            case "ALSH" -> cents(d("0.30")
                    .multiply(d(v, "expenses").divide(d(v, "hoursDelivered"), M).min(d("5.00")), M)
                    .multiply(d(v, "hoursDelivered"), M)
                    .multiply(d(v, "generalSchemeShare"), M));
            case "LAEP" -> hourly(v, "0.30", "80", d(v, "openingHours").add(d(v, "organisationHours")));
            case "ER" -> hourly(
                    v,
                    "0.60",
                    "60",
                    d(v, "meetingHours").add(d(v, "interviewHours")).add(d(v, "organisationHours")));
            case "MF" -> mf(v);
            default -> eaje(v);
        };
    }

    private static BigDecimal rpe(Map<String, String> v) {
        BigDecimal declared = d(v, "fteDeclared");
        BigDecimal open = d(v, "monthsOpen");
        BigDecimal present = d(v, "monthsPresent");
        BigDecimal actual = declared.multiply(present, M).divide(open, M);
        BigDecimal retained =
                declared.min(d(v, "fteValidated")).multiply(present, M).divide(open, M);
        BigDecimal ceiling = d("55000").multiply(open, M).divide(BigDecimal.valueOf(12), M);
        BigDecimal base = cents(d("0.43")
                .multiply(d(v, "expenses").divide(actual, M).min(ceiling), M)
                .multiply(retained, M));
        return Integer.parseInt(v.get("reinforcedMissions")) > 0 ? base.add(cents(d("3229"))) : base;
    }

    private static BigDecimal hourly(Map<String, String> v, String rate, String ceiling, BigDecimal hours) {
        return cents(d(rate).multiply(d(v, "expenses").divide(hours, M).min(d(ceiling)), M)
                .multiply(hours, M));
    }

    private static BigDecimal mf(Map<String, String> v) {
        BigDecimal financed = d(v, "fteFinanced");
        BigDecimal actual = d(v, "fteActual");
        BigDecimal proration = actual.compareTo(financed) > 0 ? financed.divide(actual, M) : BigDecimal.ONE;
        BigDecimal base = cents(d("0.75")
                .multiply(
                        d(v, "expenses")
                                .multiply(proration, M)
                                .divide(financed, M)
                                .min(d("70000")),
                        M)
                .multiply(financed, M));
        return floor(base.add(
                cents(d(v, "familyContributions").multiply(proration, M).negate())));
    }

    private static BigDecimal eaje(Map<String, String> v) {
        BigDecimal delivered = d(v, "hoursDelivered");
        BigDecimal billing = d(v, "hoursBilled").divide(delivered, M);
        boolean meals = Boolean.parseBoolean(v.get("mealsAndNappies"));
        BigDecimal ceiling = billing.compareTo(d("1.07")) <= 0
                ? d(meals ? "10.00" : "9.40")
                : billing.compareTo(d("1.17")) <= 0 ? d(meals ? "9.50" : "8.90") : d(meals ? "9.00" : "8.40");
        BigDecimal base = cents(d("0.66")
                .multiply(d(v, "expenses").divide(delivered, M).min(ceiling), M)
                .multiply(delivered, M));
        BigDecimal average = d(v, "averageFamilyContributionPerHour");
        BigDecimal perPlace = average.compareTo(d("0.75")) <= 0
                ? d("2100")
                : average.compareTo(d("1.00")) <= 0
                        ? d("800")
                        : average.compareTo(d("1.25")) <= 0 ? d("300") : BigDecimal.ZERO;
        return floor(base.subtract(cents(d(v, "familyContributions")))
                .add(cents(d(v, "places").multiply(perPlace, M))));
    }

    private static BigDecimal d(Map<String, String> values, String name) {
        return new BigDecimal(values.get(name));
    }

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal floor(BigDecimal total) {
        return total.signum() < 0 ? BigDecimal.ZERO.setScale(2) : total;
    }
}
