package fr.mcp.habilitation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mcp.habilitation.domain.RequiredHolders.Missing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredHoldersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void aFacilityWithoutHoldersMissesActivityFinancialAndApproverRoles() {
        assertEquals(
                List.of(
                        new Missing(null, AfasRole.FDA),
                        new Missing(null, AfasRole.FDF),
                        new Missing(null, AfasRole.APPROVER)),
                RequiredHolders.missing(false, List.of(1L), List.of(), TODAY));
    }

    @Test
    void aPendingApproverIsStillMissingUntilTheCafValidatesIt() {
        RoleAssignment approver = new RoleAssignment(7, AfasRole.APPROVER, 1, null, START);
        List<RoleAssignment> held = List.of(
                new RoleAssignment(5, AfasRole.FDA, 1, null, START),
                new RoleAssignment(6, AfasRole.FDF, 1, null, START),
                approver);
        assertEquals(
                List.of(new Missing(null, AfasRole.APPROVER)),
                RequiredHolders.missing(false, List.of(1L), held, TODAY));
        approver.validateByCaf();
        assertEquals(List.of(), RequiredHolders.missing(false, List.of(1L), held, TODAY));
    }

    @Test
    void eachSiteOfAMultiSiteFacilityNeedsAnActivityProviderUnlessOneHoldsTheWholeFacility() {
        RoleAssignment approver = new RoleAssignment(7, AfasRole.APPROVER, 1, null, START);
        approver.validateByCaf();
        List<RoleAssignment> onFirstSite = List.of(
                new RoleAssignment(5, AfasRole.FDA, 1, 10L, START),
                new RoleAssignment(6, AfasRole.FDF, 1, null, START),
                approver);
        assertEquals(
                List.of(new Missing(20L, AfasRole.FDA)),
                RequiredHolders.missing(true, List.of(10L, 20L), onFirstSite, TODAY));
        List<RoleAssignment> wholeFacility = List.of(
                new RoleAssignment(5, AfasRole.FDA, 1, null, START),
                new RoleAssignment(6, AfasRole.FDF, 1, null, START),
                approver);
        assertEquals(List.of(), RequiredHolders.missing(true, List.of(10L, 20L), wholeFacility, TODAY));
    }

    @Test
    void endedOrFutureAssignmentsHoldNothingToday() {
        RoleAssignment ended = new RoleAssignment(5, AfasRole.FDF, 1, null, START, TODAY.minusDays(1));
        RoleAssignment future = new RoleAssignment(6, AfasRole.FDF, 1, null, TODAY.plusDays(1));
        assertEquals(AssignmentState.HISTORY, ended.stateOn(TODAY));
        assertEquals(AssignmentState.INACTIVE, future.stateOn(TODAY));
        assertEquals(
                true,
                RequiredHolders.missing(false, List.of(1L), List.of(ended, future), TODAY)
                        .contains(new Missing(null, AfasRole.FDF)));
    }
}
