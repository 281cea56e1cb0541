package fr.mcp.web.estimate;

import fr.mcp.estimate.application.EstimateService;
import fr.mcp.estimate.domain.Estimate;
import fr.mcp.estimate.domain.EstimateLine;
import fr.mcp.estimate.domain.ParameterValue;
import fr.mcp.web.shell.Violations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Simuler une estimation": try declared values (and, to see their effect, other scale values) and read the explained
 * estimate, without touching any declaration; nothing typed here is stored.
 */
@Named
@ViewScoped
public class SimulationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The values each formula reads (PS_RULES.md names), with their French labels. */
    private static final Map<String, List<String[]>> INPUTS = Map.of(
            "RPE",
                    List.of(
                            expenses(),
                            in("fteDeclared", "ETP d'animateur déclarés"),
                            in("fteValidated", "ETP validés par la Caf"),
                            in("monthsOpen", "Mois d'ouverture (1 à 12)"),
                            in("monthsPresent", "Mois de présence de l'animateur (1 à 12)"),
                            in("reinforcedMissions", "Missions renforcées exercées (0 à 3)")),
            "ALSH",
                    List.of(
                            expenses(),
                            in("hoursDelivered", "Heures réalisées"),
                            in("generalSchemeShare", "Part des enfants du régime général (0 à 1, vide : 1)")),
            "LAEP",
                    List.of(
                            expenses(),
                            in("openingHours", "Heures d'ouverture au public"),
                            in("organisationHours", "Heures d'organisation")),
            "ER",
                    List.of(
                            expenses(),
                            in("meetingHours", "Heures de rencontres et passages de bras"),
                            in("interviewHours", "Heures d'entretiens avec les familles"),
                            in("organisationHours", "Heures d'organisation")),
            "MF",
                    List.of(
                            expenses(),
                            in("fteFinanced", "ETP financés"),
                            in("fteActual", "ETP réalisés"),
                            in("familyContributions", "Participations des familles et consignations (€)")),
            "EAJE",
                    List.of(
                            expenses(),
                            in("hoursDelivered", "Heures réalisées"),
                            in("hoursBilled", "Heures facturées"),
                            in("familyContributions", "Participations des familles (€)"),
                            in("mealsAndNappies", "Repas et couches fournis (true ou false)"),
                            in("places", "Places (pour le bonus mixité sociale)"),
                            in("averageFamilyContributionPerHour", "Participation familiale moyenne par heure (€)"),
                            in("inclusionBonusPerPlace", "Bonus inclusion handicap notifié par place (€)")));

    @Inject
    private transient EstimateService estimates;

    private String facilityType = "RPE";
    private int year = LocalDate.now().getYear();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private Estimate estimate;

    public void compute() {
        Map<String, String> changed = new LinkedHashMap<>();
        overrides.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                changed.put(name, value.trim().replace(',', '.'));
            }
        });
        Map<String, String> typed = new LinkedHashMap<>();
        for (String[] input : getInputs()) {
            String value = values.get(input[0]);
            if (value != null && !value.isBlank()) {
                typed.put(input[0], value.trim());
            }
        }
        try {
            estimate = estimates.estimate(facilityType, year, typed, changed);
        } catch (RuntimeException e) {
            estimate = null;
            Violations.showOrRethrow(e);
        }
    }

    /** The type changed: its own values and scale overrides start empty. */
    public void changeType() {
        values.clear();
        overrides.clear();
        estimate = null;
    }

    /** The scale values the last estimate used, to try others. */
    public List<ParameterValue> getParametersUsed() {
        if (estimate == null) {
            return List.of();
        }
        Map<String, ParameterValue> used = new LinkedHashMap<>();
        for (EstimateLine line : estimate.lines()) {
            line.parameters().forEach(p -> used.putIfAbsent(p.name(), p));
        }
        return List.copyOf(used.values());
    }

    public List<String[]> getInputs() {
        return INPUTS.getOrDefault(facilityType, List.of());
    }

    public List<String> getTypes() {
        return List.of("RPE", "ALSH", "LAEP", "ER", "MF", "EAJE");
    }

    private static String[] in(String name, String label) {
        return new String[] {name, label};
    }

    private static String[] expenses() {
        return in("expenses", "Charges de l'exercice (€)");
    }

    public String getFacilityType() {
        return facilityType;
    }

    public void setFacilityType(String facilityType) {
        this.facilityType = facilityType;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getOverrides() {
        return overrides;
    }

    public Estimate getEstimate() {
        return estimate;
    }
}
