package fr.mcp.estimate.domain;

import fr.mcp.habilitation.domain.Facility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Relais petite enfance: PS à la fonction per ETP, prorated by the months the animateur was present over the months
 * open, with the ceiling prorated by the months open; plus the flat bonus when at least one reinforced mission is
 * carried out.
 */
final class RpeFormula implements Formula {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    @Override
    public List<EstimateLine> lines(DeclaredValues values, Scale scale) {
        BigDecimal expenses = values.decimal("expenses", BigDecimal.ZERO, null);
        BigDecimal fteDeclared = values.decimal("fteDeclared", new BigDecimal("0.01"), null);
        BigDecimal fteValidated =
                values.decimal("fteValidated", new BigDecimal("0.01"), Facility.MAX_RPE_VALIDATED_FTE);
        int monthsOpen = values.integer("monthsOpen", 1, 12);
        int monthsPresent = values.integer("monthsPresent", 1, 12);
        int missions = values.integer("reinforcedMissions", 0, 3);
        if (monthsPresent > monthsOpen) {
            values.problem("rpe.monthsPresent.aboveOpen");
        }
        values.throwIfAny();
        BigDecimal presence = Exact.divide(BigDecimal.valueOf(monthsPresent), BigDecimal.valueOf(monthsOpen));
        BigDecimal fteActual = Exact.multiply(fteDeclared, presence);
        BigDecimal fteRetained = Exact.multiply(fteDeclared.min(fteValidated), presence);
        ParameterValue ceilingPerFte = scale.get("RPE.ceilingPerFte");
        BigDecimal ceilingRetained =
                Exact.divide(Exact.multiply(ceilingPerFte.value(), BigDecimal.valueOf(monthsOpen)), TWELVE);
        List<EstimateLine> lines = new ArrayList<>();
        lines.add(new UnitCostLine(
                        "RPE.base",
                        "Prestation de service RPE : taux × min(prix de revient par ETP, plafond proratisé) × ETP retenus")
                .input("expenses", expenses)
                .input("fteDeclared", fteDeclared)
                .input("fteValidated", fteValidated)
                .input("monthsOpen", BigDecimal.valueOf(monthsOpen))
                .input("monthsPresent", BigDecimal.valueOf(monthsPresent))
                .input("fteActual", fteActual)
                .input("fteRetained", fteRetained)
                .compute(
                        scale.get("RPE.rate"),
                        ceilingPerFte,
                        ceilingRetained,
                        expenses,
                        fteActual,
                        fteRetained,
                        BigDecimal.ONE));
        if (missions > 0) {
            ParameterValue bonus = scale.get("RPE.reinforcedMissionBonus");
            lines.add(new EstimateLine(
                    "RPE.reinforcedMissions",
                    "Bonus missions renforcées (forfait annuel, au moins une mission)",
                    Exact.cents(bonus.value()),
                    ExplainedValues.of("reinforcedMissions", BigDecimal.valueOf(missions)),
                    List.of(bonus)));
        }
        return lines;
    }
}
