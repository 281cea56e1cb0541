package fr.mcp.estimate.domain;

import java.util.List;
import java.util.Map;

/** Picks the formula of a facility type and returns its explained estimate. */
public final class Estimator {

    private static final Map<String, Formula> FORMULAS = Map.of(
            "RPE", new RpeFormula(),
            "ALSH",
                    new HourlyFormula(
                            "ALSH",
                            List.of("hoursDelivered"),
                            true,
                            "Prestation de service ALSH : taux × min(prix de revient horaire, plafond) × heures réalisées × part régime général"),
            "LAEP",
                    new HourlyFormula(
                            "LAEP",
                            List.of("openingHours", "organisationHours"),
                            false,
                            "Prestation de service LAEP : taux × min(prix de revient horaire, plafond) × heures d'ouverture et d'organisation"),
            "ER",
                    new HourlyFormula(
                            "ER",
                            List.of("meetingHours", "interviewHours", "organisationHours"),
                            false,
                            "Prestation de service espace de rencontre : taux × min(prix de revient horaire, plafond) × heures de fonctionnement"),
            "MF", new MediationFormula(),
            "EAJE", new EajeFormula());

    private Estimator() {}

    public static boolean supports(String facilityType) {
        return facilityType != null && FORMULAS.containsKey(facilityType);
    }

    public static Estimate estimate(String facilityType, DeclaredValues values, Scale scale) {
        Formula formula = FORMULAS.get(facilityType);
        if (formula == null) {
            throw new EstimateProblem("facilityType.unsupported", String.valueOf(facilityType));
        }
        return Estimate.of(facilityType, scale.year(), formula.lines(values, scale));
    }
}
