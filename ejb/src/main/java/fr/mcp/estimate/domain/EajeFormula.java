package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EAJE (PSU): {@code rate × min(expenses ÷ hours delivered, ceiling per hour) × hours delivered − family contributions}.
 * The ceiling depends on the service level (meals and nappies supplied or not) and on the billing rate (hours billed ÷
 * hours delivered): in bands (up to the first threshold, up to the second, above) while {@code EAJE.linearBillingRate}
 * is 0, falling linearly between the first threshold and {@code EAJE.billingLinearEnd} once it is 1 (from 2025). The
 * social-mix bonus per place, by average family contribution per hour, is a line of its own, and so is the
 * disability-inclusion bonus: places × the amount per place the Caf notified (its modulation by the share of children
 * with a disability is not in the published rules), never above {@code EAJE.inclusionBonus.ceilingPerPlace}. Every
 * threshold, ceiling and amount is a dated parameter.
 */
final class EajeFormula implements Formula {

    @Override
    public List<EstimateLine> lines(DeclaredValues values, Scale scale) {
        BigDecimal expenses = values.decimal("expenses", BigDecimal.ZERO, null);
        BigDecimal delivered = values.decimal("hoursDelivered", BigDecimal.ZERO, null);
        BigDecimal billed = values.decimal("hoursBilled", BigDecimal.ZERO, null);
        BigDecimal contributions = values.decimal("familyContributions", BigDecimal.ZERO, null);
        boolean meals = values.bool("mealsAndNappies");
        BigDecimal places = values.optionalDecimal("places", BigDecimal.ZERO, BigDecimal.ZERO, null);
        BigDecimal average = values.optionalOrNull("averageFamilyContributionPerHour", BigDecimal.ZERO, null);
        BigDecimal inclusionPerPlace = values.optionalOrNull("inclusionBonusPerPlace", BigDecimal.ZERO, null);
        if (delivered.signum() == 0) {
            values.problem("hours.zero", "hoursDelivered");
        }
        values.throwIfAny();
        BigDecimal billingRate = Exact.divide(billed, delivered);
        String level = "EAJE.ceilingPerHour." + (meals ? "meals" : "noMeals") + ".";
        List<ParameterValue> sources = new ArrayList<>();
        BigDecimal ceiling = ceiling(scale, level, billingRate, sources);
        UnitCostLine base = new UnitCostLine(
                        "EAJE.base",
                        "Prestation de service unique : taux × min(prix de revient horaire, plafond) × heures réalisées")
                .input("expenses", expenses)
                .input("hoursDelivered", delivered)
                .input("hoursBilled", billed)
                .input("billingRate", billingRate)
                .input("mealsAndNappies", meals ? BigDecimal.ONE : BigDecimal.ZERO);
        List<EstimateLine> lines = new ArrayList<>();
        lines.add(
                base.compute(scale.get("EAJE.rate"), sources, ceiling, expenses, delivered, delivered, BigDecimal.ONE));
        lines.add(new EstimateLine(
                "EAJE.familyContributions",
                "Déduction des participations des familles",
                Exact.cents(contributions.negate()),
                ExplainedValues.of("familyContributions", contributions),
                List.of()));
        socialMix(scale, places, average).ifPresent(lines::add);
        if (inclusionPerPlace != null && inclusionPerPlace.signum() > 0 && places.signum() > 0) {
            lines.add(inclusion(scale, places, inclusionPerPlace));
        }
        return lines;
    }

    private static BigDecimal ceiling(Scale scale, String level, BigDecimal billingRate, List<ParameterValue> sources) {
        ParameterValue linear = scale.get("EAJE.linearBillingRate");
        ParameterValue first = scale.get("EAJE.billingBand1");
        sources.add(linear);
        sources.add(first);
        if (linear.value().signum() == 0) {
            ParameterValue second = scale.get("EAJE.billingBand2");
            sources.add(second);
            String band = billingRate.compareTo(first.value()) <= 0
                    ? "upTo107"
                    : billingRate.compareTo(second.value()) <= 0 ? "upTo117" : "above117";
            ParameterValue ceiling = scale.get(level + band);
            sources.add(ceiling);
            return ceiling.value();
        }
        ParameterValue end = scale.get("EAJE.billingLinearEnd");
        ParameterValue top = scale.get(level + "upTo107");
        ParameterValue bottom = scale.get(level + "from120");
        sources.add(end);
        sources.add(top);
        sources.add(bottom);
        if (billingRate.compareTo(first.value()) <= 0) {
            return top.value();
        }
        if (billingRate.compareTo(end.value()) >= 0) {
            return bottom.value();
        }
        BigDecimal fall = Exact.multiply(
                top.value().subtract(bottom.value()),
                Exact.divide(billingRate.subtract(first.value()), end.value().subtract(first.value())));
        return top.value().subtract(fall);
    }

    /** Places × the amount per place notified by the Caf, never above the ceiling per place. */
    private static EstimateLine inclusion(Scale scale, BigDecimal places, BigDecimal perPlace) {
        ParameterValue ceiling = scale.get("EAJE.inclusionBonus.ceilingPerPlace");
        BigDecimal retained = perPlace.min(ceiling.value());
        return new EstimateLine(
                "EAJE.inclusionBonus",
                "Bonus inclusion handicap : places × montant par place notifié par la Caf, dans la limite du plafond par place",
                Exact.cents(Exact.multiply(places, retained)),
                new ExplainedValues.Builder(3)
                        .add("places", places)
                        .add("inclusionBonusPerPlace", perPlace)
                        .add("amountPerPlaceRetained", retained)
                        .build(),
                List.of(ceiling));
    }

    private static Optional<EstimateLine> socialMix(Scale scale, BigDecimal places, BigDecimal average) {
        if (average == null || places.signum() == 0) {
            return Optional.empty();
        }
        for (int band = 1; band <= 3; band++) {
            ParameterValue threshold = scale.get("EAJE.socialMix.threshold" + band);
            if (average.compareTo(threshold.value()) <= 0) {
                ParameterValue amount = scale.get("EAJE.socialMix.amount" + band);
                return Optional.of(new EstimateLine(
                        "EAJE.socialMixBonus",
                        "Bonus mixité sociale : places × montant par place selon la participation familiale moyenne par heure",
                        Exact.cents(Exact.multiply(places, amount.value())),
                        ExplainedValues.of("places", places, "averageFamilyContributionPerHour", average),
                        List.of(threshold, amount)));
            }
        }
        return Optional.empty();
    }
}
