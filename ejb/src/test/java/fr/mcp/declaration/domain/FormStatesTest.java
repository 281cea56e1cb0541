package fr.mcp.declaration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.mcp.shared.domain.RuleViolation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The form's own state machine: what entering, completing and sending back do from each state. */
class FormStatesTest {

    private static final Instant AT = Instant.parse("2025-02-03T10:00:00Z");

    @ParameterizedTest
    @EnumSource(FormState.class)
    void enteringValuesRestartsAFinishedFormAndKeepsTheOthersWhereTheyAre(FormState state) {
        DeclarationForm form = formIn(state);
        form.write(Map.of("fteDeclared", "1"), "ENFFDA", AT);
        Map<FormState, FormState> expected = Map.of(
                FormState.TO_ENTER,
                FormState.IN_PROGRESS,
                FormState.IN_PROGRESS,
                FormState.IN_PROGRESS,
                FormState.COMPLETE,
                FormState.IN_PROGRESS,
                FormState.SENT_BACK,
                FormState.SENT_BACK,
                FormState.IN_APPROVAL,
                FormState.IN_APPROVAL,
                FormState.NOT_REQUESTED,
                FormState.NOT_REQUESTED);
        assertEquals(expected.get(state), form.getState());
        assertEquals("ENFFDA", form.getUpdatedBy());
    }

    @ParameterizedTest
    @EnumSource(FormState.class)
    void aFormIsCompletedFromEntryOrSendBackOnly(FormState state) {
        Set<FormState> allowed = EnumSet.of(FormState.TO_ENTER, FormState.IN_PROGRESS, FormState.SENT_BACK);
        DeclarationForm form = formIn(state);
        if (allowed.contains(state)) {
            form.complete(false);
            assertEquals(FormState.COMPLETE, form.getState());
            DeclarationForm again = formIn(state);
            again.complete(true);
            assertEquals(FormState.IN_APPROVAL, again.getState(), "completed while the declaration is in approval");
        } else {
            assertThrows(RuleViolation.class, () -> form.complete(false));
            assertEquals(state, form.getState());
        }
    }

    @ParameterizedTest
    @EnumSource(FormState.class)
    void onlyAFormInApprovalIsSentBack(FormState state) {
        DeclarationForm form = formIn(state);
        if (state == FormState.IN_APPROVAL) {
            form.sendBack("À corriger");
            assertEquals(FormState.SENT_BACK, form.getState());
            assertEquals("À corriger", form.getSentBackComment());
        } else {
            assertThrows(RuleViolation.class, () -> form.sendBack("À corriger"));
            assertEquals(state, form.getState());
        }
    }

    private static DeclarationForm formIn(FormState state) {
        DeclarationForm form = new DeclarationForm(null, FormKind.ACTIVITY, 1L, "Activité — Site");
        form.moveTo(state);
        return form;
    }
}
