package fr.mcp.declaration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms and controls as data: versions by year, value checks, totals, site aggregation and control evaluation. */
class FormDefinitionTest {

    private static final FormField FTE_2024 =
            field("RPE", FormKind.ACTIVITY, 2024, "fteDeclared", FieldType.DECIMAL, "0", "6", "SUM", LineRole.NONE, 10);
    private static final FormField MONTHS_2024 =
            field("RPE", FormKind.ACTIVITY, 2024, "monthsOpen", FieldType.INTEGER, "1", "12", "MAX", LineRole.NONE, 20);
    private static final FormField FTE_2026 =
            field("RPE", FormKind.ACTIVITY, 2026, "fteDeclared", FieldType.DECIMAL, "0", "6", "SUM", LineRole.NONE, 10);
    private static final FormField STAFF = field(
            "*", FormKind.FINANCIAL, 2024, "staffCosts", FieldType.DECIMAL, "0", null, "SUM", LineRole.EXPENSE, 10);
    private static final FormField GRANT = field(
            "*", FormKind.FINANCIAL, 2024, "cafServiceGrant", FieldType.DECIMAL, "0", null, "SUM", LineRole.INCOME, 20);

    @Test
    void aYearUsesTheLatestVersionStartingOnOrBeforeIt() {
        List<FormField> all = List.of(FTE_2024, MONTHS_2024, FTE_2026);
        assertEquals(
                List.of("fteDeclared", "monthsOpen"), codes(FormDefinition.of(all, "RPE", FormKind.ACTIVITY, 2025)));
        assertEquals(
                List.of(FTE_2026),
                FormDefinition.of(all, "RPE", FormKind.ACTIVITY, 2027).fields());
        assertTrue(
                FormDefinition.of(all, "RPE", FormKind.ACTIVITY, 2023).fields().isEmpty());
        assertTrue(
                FormDefinition.of(all, "ALSH", FormKind.ACTIVITY, 2025).fields().isEmpty());
    }

    @Test
    void everyBadValueGetsItsOwnFrenchProblem() {
        FormDefinition definition = FormDefinition.of(List.of(FTE_2024, MONTHS_2024), "RPE", FormKind.ACTIVITY, 2025);
        assertEquals(List.of("declaration.field.notNumber"), keys(definition.problems(Map.of("fteDeclared", "un"))));
        assertEquals(List.of("declaration.field.outOfRange"), keys(definition.problems(Map.of("fteDeclared", "-0.5"))));
        assertEquals(List.of("declaration.field.notInteger"), keys(definition.problems(Map.of("monthsOpen", "2.5"))));
        assertEquals(
                List.of("declaration.field.tooPrecise"), keys(definition.problems(Map.of("fteDeclared", "0.125"))));
        assertEquals(List.of("declaration.field.unknown"), keys(definition.problems(Map.of("hours", "1"))));
        assertTrue(
                definition
                        .problems(Map.of("fteDeclared", "0,75", "monthsOpen", ""))
                        .isEmpty(),
                "comma decimals and blanks are accepted");
    }

    @Test
    void siteValuesAddUpAsEachFieldSaysAndTheAccountsTotalUp() {
        FormDefinition activity = FormDefinition.of(List.of(FTE_2024, MONTHS_2024), "RPE", FormKind.ACTIVITY, 2025);
        FormDefinition financial = FormDefinition.of(List.of(STAFF, GRANT), "RPE", FormKind.FINANCIAL, 2025);
        DeclarationFigures figures = DeclarationFigures.of(
                activity,
                List.of(
                        Map.of("fteDeclared", "0.8", "monthsOpen", "12"),
                        Map.of("fteDeclared", "0.7", "monthsOpen", "10")),
                financial,
                Map.of("staffCosts", "61000", "cafServiceGrant", "20000"));
        assertEquals(new BigDecimal("1.5"), figures.get("fteDeclared").orElseThrow());
        assertEquals(new BigDecimal("12"), figures.get("monthsOpen").orElseThrow());
        assertEquals(
                new BigDecimal("61000"),
                figures.get(DeclarationFigures.EXPENSES).orElseThrow());
        assertEquals(
                new BigDecimal("20000"), figures.get(DeclarationFigures.INCOME).orElseThrow());
        assertEquals(
                List.of("Mois d'ouverture"), activity.missing(Map.of("fteDeclared", "1"), DeclarationKind.FORECAST));
    }

    @Test
    void controlsRaiseOnlyBeyondTheirThresholdAndStaySilentWithoutTheirFigures() {
        CoherenceControl balance = new CoherenceControl(
                "BILAN",
                "*",
                "ACTUAL",
                CheckType.BALANCE,
                "expenses",
                "income",
                BigDecimal.ONE,
                "Charges {0} €, produits {1} €.",
                2024);
        CoherenceControl gap = new CoherenceControl(
                "PREV",
                "*",
                "FORECAST",
                CheckType.GAP,
                "expenses",
                "previous:expenses",
                new BigDecimal("0.10"),
                "Écart de {3}.",
                2024);
        FormDefinition financial = FormDefinition.of(List.of(STAFF, GRANT), "RPE", FormKind.FINANCIAL, 2025);
        FormDefinition none = FormDefinition.of(List.of(), "RPE", FormKind.ACTIVITY, 2025);
        DeclarationFigures current = DeclarationFigures.of(
                none, List.of(), financial, Map.of("staffCosts", "66000", "cafServiceGrant", "65999.50"));
        DeclarationFigures previous = DeclarationFigures.of(none, List.of(), financial, Map.of("staffCosts", "59999"));
        assertTrue(balance.evaluate(current, null).isEmpty(), "50 cents apart is within 1 €");
        assertTrue(gap.evaluate(current, null).isEmpty(), "no previous actual: silent");
        assertTrue(
                gap.evaluate(current, DeclarationFigures.of(none, List.of(), financial, Map.of("staffCosts", "60001")))
                        .isEmpty(),
                "9.998 % is within 10 %; exactly 10 % would be too");
        assertEquals(
                "Écart de 10.0 %.",
                gap.evaluate(current, previous).orElseThrow().message());
        DeclarationFigures unbalanced = DeclarationFigures.of(
                none, List.of(), financial, Map.of("staffCosts", "66000", "cafServiceGrant", "60000"));
        assertEquals(
                "Charges 66000 €, produits 60000 €.",
                balance.evaluate(unbalanced, null).orElseThrow().message());
        assertTrue(balance.appliesTo("RPE", DeclarationKind.ACTUAL));
        assertTrue(!balance.appliesTo("RPE", DeclarationKind.FORECAST));
    }

    private static FormField field(
            String type,
            FormKind kind,
            int year,
            String code,
            FieldType valueType,
            String min,
            String max,
            String aggregation,
            LineRole role,
            int position) {
        String label = code.equals("monthsOpen") ? "Mois d'ouverture" : code;
        return new FormField(
                type,
                kind,
                year,
                code,
                label,
                "u",
                valueType,
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max),
                "aide",
                "FORECAST,UPDATE,ACTUAL",
                "Section",
                role,
                aggregation,
                position);
    }

    private static List<String> codes(FormDefinition definition) {
        return definition.fields().stream().map(FormField::getCode).toList();
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::key).toList();
    }
}
