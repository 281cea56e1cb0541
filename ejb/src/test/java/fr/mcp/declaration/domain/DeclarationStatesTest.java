package fr.mcp.declaration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.shared.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition of the declaration and of its forms, allowed from the right state and refused from any other. */
class DeclarationStatesTest {

    private static final Author PROVIDER = new Author("ENFFDA", "Camille Lefèvre");
    private static final Author APPROVER = new Author("ENFAPP", "Nathalie Fournier");
    private static final Author REVIEWER = new Author("CAFREV", "Louis Bernard");
    private static final Instant AT = Instant.parse("2025-02-03T10:00:00Z");

    @Test
    void aNewDeclarationHasASiteFormPerSiteAndOneFinancialFormAndAnOpeningEvent() {
        Declaration declaration = newDeclaration(true);
        assertEquals(DeclarationState.TO_ENTER, declaration.getState());
        assertEquals(3, declaration.getForms().size());
        assertTrue(declaration.getForms().stream().allMatch(f -> f.getState() == FormState.TO_ENTER));
        assertEquals("Déclaration ouverte", declaration.getHistory().get(0).getAction());
    }

    @Test
    void aFinancialFormNotRequestedCannotBeEnteredAndSkipsTheSecondApprovalStep() {
        Declaration declaration = newDeclaration(false);
        DeclarationForm financial = form(declaration, FormKind.FINANCIAL);
        assertEquals(FormState.NOT_REQUESTED, financial.getState());
        assertThrows(
                RuleViolation.class,
                () -> declaration.write(financial, Map.of("staffCosts", "1"), PROVIDER, AT, false));
        declaration.write(site(declaration, 0), Map.of("fteDeclared", "1"), PROVIDER, AT, false);
        declaration.take(APPROVER, AT);
        declaration.confirmStep(1);
        assertEquals(3, declaration.nextStep());
        assertThrows(RuleViolation.class, () -> declaration.confirmStep(2));
        declaration.confirmStep(3);
        declaration.transmit(APPROVER, AT, true, List.of(), BigDecimal.TEN, "{}");
        assertEquals(FormState.NOT_REQUESTED, financial.getState());
    }

    @Test
    void theFirstEntryStartsTheDeclarationAndRecordsIt() {
        Declaration declaration = newDeclaration(true);
        declaration.write(site(declaration, 0), Map.of("fteDeclared", "0.8"), PROVIDER, AT, false);
        assertEquals(DeclarationState.IN_PROGRESS, declaration.getState());
        assertEquals(FormState.IN_PROGRESS, site(declaration, 0).getState());
        DeclarationEvent event = declaration.getHistory().get(1);
        assertEquals(DeclarationState.TO_ENTER, event.getFromState());
        assertEquals(DeclarationState.IN_PROGRESS, event.getToState());
        assertEquals("ENFFDA", event.getActorLogin());
    }

    @Test
    void aBlankValueRemovesTheValue() {
        Declaration declaration = newDeclaration(true);
        DeclarationForm form = site(declaration, 0);
        declaration.write(form, Map.of("fteDeclared", "0.8", "monthsOpen", "12"), PROVIDER, AT, false);
        Map<String, String> blank = new LinkedHashMap<>();
        blank.put("fteDeclared", " ");
        declaration.write(form, blank, PROVIDER, AT, false);
        assertEquals(Map.of("monthsOpen", "12"), form.getValues());
    }

    @Test
    void aCompleteFormEditedAgainIsInProgressAgain() {
        Declaration declaration = newDeclaration(true);
        DeclarationForm form = site(declaration, 0);
        declaration.complete(form, PROVIDER, AT);
        assertEquals(FormState.COMPLETE, form.getState());
        assertThrows(RuleViolation.class, () -> declaration.complete(form, PROVIDER, AT));
        declaration.write(form, Map.of("fteDeclared", "1"), PROVIDER, AT, false);
        assertEquals(FormState.IN_PROGRESS, form.getState());
    }

    @Test
    void theApproverSendsAFormBackTheProviderCorrectsItAndItReturnsToApproval() {
        Declaration declaration = inState(DeclarationState.IN_APPROVAL);
        DeclarationForm sentBack = site(declaration, 1);
        DeclarationForm other = site(declaration, 0);
        assertThrows(RuleViolation.class, () -> declaration.sendBack(sentBack, " ", APPROVER, AT));
        declaration.sendBack(sentBack, "Les heures du second site manquent", APPROVER, AT);
        assertEquals(FormState.SENT_BACK, sentBack.getState());
        assertEquals("Les heures du second site manquent", sentBack.getSentBackComment());
        assertThrows(RuleViolation.class, () -> declaration.sendBack(sentBack, "encore", APPROVER, AT));
        assertThrows(
                RuleViolation.class, () -> declaration.write(other, Map.of("fteDeclared", "1"), PROVIDER, AT, false));
        declaration.write(sentBack, Map.of("fteDeclared", "0.5"), PROVIDER, AT, false);
        assertEquals(FormState.SENT_BACK, sentBack.getState());
        declaration.complete(sentBack, PROVIDER, AT);
        assertEquals(FormState.IN_APPROVAL, sentBack.getState());
        assertNull(sentBack.getSentBackComment());
        assertEquals(DeclarationState.IN_APPROVAL, declaration.getState());
    }

    @Test
    void aTransmissionNeedsTheStepsEveryFormBackEveryControlJustifiedAndTheSwornStatement() {
        Declaration declaration = inState(DeclarationState.IN_APPROVAL);
        assertThrows(
                RuleViolation.class, () -> declaration.transmit(APPROVER, AT, true, List.of(), BigDecimal.ONE, "{}"));
        declaration.confirmStep(1);
        assertThrows(RuleViolation.class, () -> declaration.confirmStep(3));
        declaration.confirmStep(2);
        declaration.confirmStep(3);
        assertThrows(RuleViolation.class, () -> declaration.confirmStep(4));
        assertThrows(
                RuleViolation.class,
                () -> declaration.transmit(APPROVER, AT, true, List.of("BILAN"), BigDecimal.ONE, "{}"));
        assertThrows(RuleViolation.class, () -> declaration.justify("BILAN", "  ", APPROVER, AT));
        declaration.justify("BILAN", "Subvention exceptionnelle de la commune reçue en janvier", APPROVER, AT);
        assertThrows(
                RuleViolation.class,
                () -> declaration.transmit(APPROVER, AT, false, List.of("BILAN"), BigDecimal.ONE, "{}"));
        assertEquals(DeclarationState.IN_APPROVAL, declaration.getState());
        declaration.transmit(
                APPROVER, AT, true, List.of("BILAN"), new BigDecimal("23650.00"), "{\"total\":\"23650.00\"}");
        assertEquals(DeclarationState.TRANSMITTED, declaration.getState());
        assertEquals(new BigDecimal("23650.00"), declaration.getFrozenTotal());
        assertTrue(declaration.getForms().stream().allMatch(f -> f.getState() == FormState.COMPLETE));
    }

    @Test
    void aFormSentBackBlocksTheTransmission() {
        Declaration declaration = inState(DeclarationState.IN_APPROVAL);
        declaration.confirmStep(1);
        declaration.confirmStep(2);
        declaration.confirmStep(3);
        declaration.sendBack(site(declaration, 0), "À corriger", APPROVER, AT);
        assertEquals(1, declaration.nextStep());
        declaration.confirmStep(1);
        declaration.confirmStep(2);
        declaration.confirmStep(3);
        assertThrows(
                RuleViolation.class, () -> declaration.transmit(APPROVER, AT, true, List.of(), BigDecimal.ONE, "{}"));
    }

    @Test
    void theCafSendsItBackToReviewThenTheApproverTakesItAgainAndTheCafValidates() {
        Declaration declaration = inState(DeclarationState.TRANSMITTED);
        assertThrows(RuleViolation.class, () -> declaration.returnForReview("", REVIEWER, AT));
        declaration.returnForReview("Le compte de résultat ne reprend pas la subvention communale", REVIEWER, AT);
        assertEquals(DeclarationState.TO_REVIEW, declaration.getState());
        assertNull(declaration.getFrozenTotal());
        DeclarationEvent event =
                declaration.getHistory().get(declaration.getHistory().size() - 1);
        assertEquals("Le compte de résultat ne reprend pas la subvention communale", event.getComment());
        assertThrows(
                RuleViolation.class,
                () -> declaration.write(site(declaration, 0), Map.of("fteDeclared", "1"), PROVIDER, AT, false));
        declaration.take(APPROVER, AT);
        declaration.write(
                form(declaration, FormKind.FINANCIAL), Map.of("localAuthorities", "5000"), APPROVER, AT, true);
        transmit(declaration);
        declaration.validate(null, REVIEWER, AT);
        assertEquals(DeclarationState.VALIDATED, declaration.getState());
        assertEquals("CAFREV", declaration.getValidatedBy());
    }

    /** Which action each state accepts: everything else is refused and changes nothing. */
    @ParameterizedTest
    @EnumSource(DeclarationState.class)
    void eachStateAcceptsExactlyItsTransitions(DeclarationState state) {
        Map<String, Set<DeclarationState>> allowed = Map.of(
                "providerEntry", EnumSet.of(DeclarationState.TO_ENTER, DeclarationState.IN_PROGRESS),
                "approverCorrection", EnumSet.of(DeclarationState.IN_APPROVAL),
                "take", EnumSet.of(DeclarationState.IN_PROGRESS, DeclarationState.TO_REVIEW),
                "sendBackForm", EnumSet.of(DeclarationState.IN_APPROVAL),
                "confirmStep", EnumSet.of(DeclarationState.IN_APPROVAL),
                "justify",
                        EnumSet.of(
                                DeclarationState.TO_ENTER, DeclarationState.IN_PROGRESS, DeclarationState.IN_APPROVAL),
                "transmit", EnumSet.noneOf(DeclarationState.class),
                "returnForReview", EnumSet.of(DeclarationState.TRANSMITTED),
                "validate", EnumSet.of(DeclarationState.TRANSMITTED));
        Map<String, Consumer<Declaration>> actions = Map.of(
                "providerEntry", d -> d.write(site(d, 0), Map.of("fteDeclared", "1"), PROVIDER, AT, false),
                "approverCorrection", d -> d.write(site(d, 0), Map.of("fteDeclared", "1"), APPROVER, AT, true),
                "take", d -> d.take(APPROVER, AT),
                "sendBackForm", d -> d.sendBack(site(d, 0), "À corriger", APPROVER, AT),
                "confirmStep", d -> d.confirmStep(1),
                "justify", d -> d.justify("BILAN", "Explication", PROVIDER, AT),
                "transmit", d -> d.transmit(APPROVER, AT, true, List.of(), BigDecimal.ONE, "{}"),
                "returnForReview", d -> d.returnForReview("Motif", REVIEWER, AT),
                "validate", d -> d.validate(null, REVIEWER, AT));
        actions.forEach((name, action) -> {
            Declaration declaration = inState(state);
            int events = declaration.getHistory().size();
            if (allowed.get(name).contains(state)) {
                action.accept(declaration);
            } else {
                assertThrows(RuleViolation.class, () -> action.accept(declaration), name + " from " + state);
                assertEquals(state, declaration.getState(), name + " changed the state");
                assertEquals(events, declaration.getHistory().size(), name + " wrote history");
            }
        });
    }

    private static Declaration newDeclaration(boolean financial) {
        Map<Long, String> sites = new LinkedHashMap<>();
        sites.put(11L, "Site principal");
        sites.put(12L, "Antenne");
        return Declaration.open(
                1L,
                2L,
                3L,
                "RPE",
                2025,
                DeclarationKind.FORECAST,
                LocalDate.of(2025, 2, 15),
                sites,
                financial,
                REVIEWER,
                AT);
    }

    private static Declaration inState(DeclarationState state) {
        Declaration declaration = newDeclaration(true);
        if (state == DeclarationState.TO_ENTER) {
            return declaration;
        }
        declaration.write(site(declaration, 0), Map.of("fteDeclared", "1"), PROVIDER, AT, false);
        if (state == DeclarationState.IN_PROGRESS) {
            return declaration;
        }
        declaration.take(APPROVER, AT);
        if (state == DeclarationState.IN_APPROVAL) {
            return declaration;
        }
        transmit(declaration);
        if (state == DeclarationState.TRANSMITTED) {
            return declaration;
        }
        if (state == DeclarationState.TO_REVIEW) {
            declaration.returnForReview("Motif", REVIEWER, AT);
        } else {
            declaration.validate(null, REVIEWER, AT);
        }
        assertEquals(state, declaration.getState());
        return declaration;
    }

    private static void transmit(Declaration declaration) {
        while (declaration.nextStep() <= 3) {
            declaration.confirmStep(declaration.nextStep());
        }
        declaration.transmit(APPROVER, AT, true, List.of(), BigDecimal.ONE, "{}");
    }

    private static DeclarationForm site(Declaration declaration, int index) {
        return declaration.getForms().stream()
                .filter(f -> f.getKind() == FormKind.ACTIVITY)
                .toList()
                .get(index);
    }

    private static DeclarationForm form(Declaration declaration, FormKind kind) {
        return declaration.getForms().stream()
                .filter(f -> f.getKind() == kind)
                .findFirst()
                .orElseThrow();
    }
}
