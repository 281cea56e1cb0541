package fr.mcp.habilitation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The limits on AFAS role holders (DOMAIN.md §5): at most 2 FDA per facility and 2 per site, 2 FDF and 1 FDI per
 * facility, exactly one approver (pending validation counts), and no overlapping periods for the same user,
 * role and facility or site. Checked against the assignments of the facility that overlap the new period.
 */
public final class AssignmentLimits {

    /** A limit the new assignment would break; the web layer shows its French message. */
    public enum Breach {
        FDA_PER_FACILITY,
        FDA_PER_SITE,
        FDF_PER_FACILITY,
        FDI_PER_FACILITY,
        ONE_APPROVER,
        OVERLAPPING_PERIOD,
        END_BEFORE_START
    }

    private AssignmentLimits() {}

    public static List<Breach> check(NewAssignment candidate, List<RoleAssignment> facilityAssignments) {
        List<Breach> breaches = new ArrayList<>();
        if (candidate.endsOn() != null && candidate.endsOn().isBefore(candidate.startsOn())) {
            breaches.add(Breach.END_BEFORE_START);
            return breaches;
        }
        List<RoleAssignment> overlapping = facilityAssignments.stream()
                .filter(existing -> existing.getValidationStatus() != ValidationStatus.REFUSED)
                .filter(existing -> overlaps(
                        existing.getStartsOn(), existing.getEndsOn(), candidate.startsOn(), candidate.endsOn()))
                .toList();
        if (overlapping.stream()
                .anyMatch(existing -> existing.getAccountId() == candidate.accountId()
                        && existing.getRole() == candidate.role()
                        && Objects.equals(existing.getSiteId(), candidate.siteId()))) {
            breaches.add(Breach.OVERLAPPING_PERIOD);
        }
        long sameRole = overlapping.stream()
                .filter(existing -> existing.getRole() == candidate.role())
                .count();
        switch (candidate.role()) {
            case FDA -> {
                if (candidate.siteId() == null && sameRole >= 2) {
                    breaches.add(Breach.FDA_PER_FACILITY);
                }
                long onSite = overlapping.stream()
                        .filter(existing -> existing.getRole() == AfasRole.FDA
                                && Objects.equals(existing.getSiteId(), candidate.siteId()))
                        .count();
                if (candidate.siteId() != null && onSite >= 2) {
                    breaches.add(Breach.FDA_PER_SITE);
                }
            }
            case FDF -> {
                if (sameRole >= 2) {
                    breaches.add(Breach.FDF_PER_FACILITY);
                }
            }
            case FDI -> {
                if (sameRole >= 1) {
                    breaches.add(Breach.FDI_PER_FACILITY);
                }
            }
            case APPROVER -> {
                if (sameRole >= 1) {
                    breaches.add(Breach.ONE_APPROVER);
                }
            }
            case CONSULTANT -> {
                // no limit
            }
        }
        return breaches;
    }

    static boolean overlaps(LocalDate start1, LocalDate end1, LocalDate start2, LocalDate end2) {
        boolean firstEndsBeforeSecond = end1 != null && end1.isBefore(start2);
        boolean secondEndsBeforeFirst = end2 != null && end2.isBefore(start1);
        return !firstEndsBeforeSecond && !secondEndsBeforeFirst;
    }

    /** An assignment to add: user × role × facility or site × period. */
    public record NewAssignment(
            long accountId, AfasRole role, long facilityId, Long siteId, LocalDate startsOn, LocalDate endsOn) {}
}
