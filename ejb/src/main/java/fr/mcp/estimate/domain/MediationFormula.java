package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Médiation familiale: PS per ETP financed, minus family contributions and court deposits (a line of its own); when
 * the actual ETP exceed the financed ones, expenses and contributions are first prorated by financed ÷ actual.
 */
final class MediationFormula implements Formula {

    @Override
    public List<EstimateLine> lines(DeclaredValues values, Scale scale) {
        BigDecimal expenses = values.decimal("expenses", BigDecimal.ZERO, null);
        BigDecimal fteFinanced = values.decimal("fteFinanced", new BigDecimal("0.01"), null);
        BigDecimal fteActual = values.decimal("fteActual", new BigDecimal("0.01"), null);
        BigDecimal contributions = values.decimal("familyContributions", BigDecimal.ZERO, null);
        values.throwIfAny();
        BigDecimal proration =
                fteActual.compareTo(fteFinanced) > 0 ? Exact.divide(fteFinanced, fteActual) : BigDecimal.ONE;
        BigDecimal expensesRetained = Exact.multiply(expenses, proration);
        BigDecimal contributionsRetained = Exact.multiply(contributions, proration);
        ParameterValue ceiling = scale.get("MF.ceilingPerFte");
        List<EstimateLine> lines = new ArrayList<>();
        lines.add(new UnitCostLine(
                        "MF.base",
                        "Prestation de service médiation familiale : taux × min(prix de revient par ETP financé, plafond) × ETP financés")
                .input("expenses", expenses)
                .input("fteFinanced", fteFinanced)
                .input("fteActual", fteActual)
                .input("proration", proration)
                .input("expensesRetained", expensesRetained)
                .compute(
                        scale.get("MF.rate"),
                        ceiling,
                        ceiling.value(),
                        expensesRetained,
                        fteFinanced,
                        fteFinanced,
                        BigDecimal.ONE));
        lines.add(new EstimateLine(
                "MF.familyContributions",
                "Déduction des participations des familles et consignations judiciaires",
                Exact.cents(contributionsRetained.negate()),
                ExplainedValues.of("familyContributions", contributions, "proration", proration),
                List.of()));
        return lines;
    }
}
