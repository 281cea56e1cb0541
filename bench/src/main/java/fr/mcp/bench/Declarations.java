package fr.mcp.bench;

import fr.mcp.estimate.domain.ParameterValue;
import fr.mcp.estimate.domain.Scale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Realistic declared values of each facility type, and the illustrative scale of the demo data. */
final class Declarations {

    static final Map<String, Map<String, String>> VALUES = Map.of(
            "RPE",
                    Map.of(
                            "expenses",
                            "78000",
                            "fteDeclared",
                            "1.6",
                            "fteValidated",
                            "1.5",
                            "monthsOpen",
                            "11",
                            "monthsPresent",
                            "10",
                            "reinforcedMissions",
                            "1"),
            "ALSH", Map.of("expenses", "412000", "hoursDelivered", "98500", "generalSchemeShare", "0.92"),
            "LAEP", Map.of("expenses", "46000", "openingHours", "620", "organisationHours", "180"),
            "ER",
                    Map.of(
                            "expenses",
                            "98000",
                            "meetingHours",
                            "1450",
                            "interviewHours",
                            "380",
                            "organisationHours",
                            "290"),
            "MF",
                    Map.of(
                            "expenses",
                            "182000",
                            "fteFinanced",
                            "2.5",
                            "fteActual",
                            "2.8",
                            "familyContributions",
                            "12500"),
            "EAJE",
                    Map.of(
                            "expenses",
                            "1250000",
                            "hoursDelivered",
                            "101000",
                            "hoursBilled",
                            "111500",
                            "familyContributions",
                            "152000",
                            "mealsAndNappies",
                            "true",
                            "places",
                            "40",
                            "averageFamilyContributionPerHour",
                            "0.82"));

    static final int YEAR = 2024;

    private Declarations() {}

    static Scale scale() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        String[][] values = {
            {"RPE.rate", "0.43"},
            {"RPE.ceilingPerFte", "55000"},
            {"RPE.reinforcedMissionBonus", "3229"},
            {"ALSH.rate", "0.30"},
            {"ALSH.ceilingPerHour", "5.00"},
            {"LAEP.rate", "0.30"},
            {"LAEP.ceilingPerHour", "80"},
            {"ER.rate", "0.60"},
            {"ER.ceilingPerHour", "60"},
            {"MF.rate", "0.75"},
            {"MF.ceilingPerFte", "70000"},
            {"EAJE.rate", "0.66"},
            {"EAJE.linearBillingRate", "0"},
            {"EAJE.billingBand1", "1.07"},
            {"EAJE.billingBand2", "1.17"},
            {"EAJE.ceilingPerHour.meals.upTo107", "10.00"},
            {"EAJE.ceilingPerHour.meals.upTo117", "9.50"},
            {"EAJE.ceilingPerHour.meals.above117", "9.00"},
            {"EAJE.ceilingPerHour.noMeals.upTo107", "9.40"},
            {"EAJE.ceilingPerHour.noMeals.upTo117", "8.90"},
            {"EAJE.ceilingPerHour.noMeals.above117", "8.40"},
            {"EAJE.socialMix.threshold1", "0.75"},
            {"EAJE.socialMix.amount1", "2100"},
            {"EAJE.socialMix.threshold2", "1.00"},
            {"EAJE.socialMix.amount2", "800"},
            {"EAJE.socialMix.threshold3", "1.25"},
            {"EAJE.socialMix.amount3", "300"}
        };
        List<ParameterValue> dated = new ArrayList<>();
        for (String[] value : values) {
            dated.add(new ParameterValue(value[0], new BigDecimal(value[1]), from));
        }
        return Scale.inForce(YEAR, dated);
    }
}
