package fr.mcp.habilitation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.habilitation.domain.AssignmentLimits.Breach;
import fr.mcp.habilitation.domain.AssignmentLimits.NewAssignment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentLimitsTest {

    private static final long FACILITY = 10L;
    private static final Long SITE_A = 11L;
    private static final Long SITE_B = 12L;
    private final LocalDate jan = LocalDate.of(2026, 1, 1);

    private RoleAssignment existing(long account, AfasRole role, Long site) {
        return new RoleAssignment(account, role, FACILITY, site, jan);
    }

    private List<Breach> add(long account, AfasRole role, Long site, List<RoleAssignment> current) {
        return AssignmentLimits.check(new NewAssignment(account, role, FACILITY, site, jan, null), current);
    }

    @Test
    void aThirdFdaOnTheFacilityIsRefused() {
        List<RoleAssignment> two = List.of(existing(1, AfasRole.FDA, null), existing(2, AfasRole.FDA, null));

        assertEquals(List.of(Breach.FDA_PER_FACILITY), add(3, AfasRole.FDA, null, two));
    }

    @Test
    void eachSiteHasItsOwnTwoFda() {
        List<RoleAssignment> siteA = List.of(existing(1, AfasRole.FDA, SITE_A), existing(2, AfasRole.FDA, SITE_A));

        assertEquals(List.of(Breach.FDA_PER_SITE), add(3, AfasRole.FDA, SITE_A, siteA));
        assertTrue(add(3, AfasRole.FDA, SITE_B, siteA).isEmpty());
    }

    @Test
    void aThirdFdfAndASecondFdiAreRefused() {
        assertEquals(
                List.of(Breach.FDF_PER_FACILITY),
                add(3, AfasRole.FDF, null, List.of(existing(1, AfasRole.FDF, null), existing(2, AfasRole.FDF, null))));
        assertEquals(
                List.of(Breach.FDI_PER_FACILITY), add(2, AfasRole.FDI, null, List.of(existing(1, AfasRole.FDI, null))));
    }

    @Test
    void aSecondApproverIsRefusedEvenWhileTheFirstAwaitsTheCaf() {
        RoleAssignment pending = existing(1, AfasRole.APPROVER, null);

        assertEquals(List.of(Breach.ONE_APPROVER), add(2, AfasRole.APPROVER, null, List.of(pending)));
    }

    @Test
    void anApproverRefusedByTheCafLeavesThePlaceFree() {
        RoleAssignment refused = existing(1, AfasRole.APPROVER, null);
        refused.refuseByCaf();

        assertTrue(add(2, AfasRole.APPROVER, null, List.of(refused)).isEmpty());
    }

    @Test
    void anAssignmentThatEndedBeforeTheNewOneStartsDoesNotCount() {
        RoleAssignment ended = new RoleAssignment(1, AfasRole.APPROVER, FACILITY, null, jan, LocalDate.of(2026, 3, 31));

        List<Breach> breaches = AssignmentLimits.check(
                new NewAssignment(2, AfasRole.APPROVER, FACILITY, null, LocalDate.of(2026, 4, 1), null),
                List.of(ended));

        assertTrue(breaches.isEmpty());
    }

    @Test
    void theSameRoleTwiceForTheSameUserOverOverlappingPeriodsIsRefused() {
        RoleAssignment current = existing(1, AfasRole.CONSULTANT, null);

        assertEquals(List.of(Breach.OVERLAPPING_PERIOD), add(1, AfasRole.CONSULTANT, null, List.of(current)));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        List<Breach> breaches = AssignmentLimits.check(
                new NewAssignment(1, AfasRole.FDA, FACILITY, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)),
                List.of());

        assertEquals(List.of(Breach.END_BEFORE_START), breaches);
    }
}
