package fr.mcp.habilitation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "Non attribué" rule: to be declared, a facility needs an effective approver (validated by the Caf), a financial
 * data provider, and an activity data provider for the facility, or for each site of a multi-site facility (an FDA
 * on the whole facility covers its sites). FDI and consultants are optional.
 */
public final class RequiredHolders {

    /** A role nobody effectively holds on the facility ({@code siteId} null) or on one of its sites. */
    public record Missing(Long siteId, AfasRole role) {}

    private RequiredHolders() {}

    public static List<Missing> missing(
            boolean multiSite, List<Long> siteIds, List<RoleAssignment> assignments, LocalDate day) {
        List<RoleAssignment> effective =
                assignments.stream().filter(a -> a.isEffectiveOn(day)).toList();
        List<Missing> missing = new ArrayList<>();
        boolean facilityFda = effective.stream().anyMatch(a -> a.getRole() == AfasRole.FDA && a.getSiteId() == null);
        if (multiSite) {
            for (Long siteId : siteIds) {
                boolean held = facilityFda
                        || effective.stream()
                                .anyMatch(a -> a.getRole() == AfasRole.FDA && Objects.equals(a.getSiteId(), siteId));
                if (!held) {
                    missing.add(new Missing(siteId, AfasRole.FDA));
                }
            }
        } else if (effective.stream().noneMatch(a -> a.getRole() == AfasRole.FDA)) {
            missing.add(new Missing(null, AfasRole.FDA));
        }
        for (AfasRole role : List.of(AfasRole.FDF, AfasRole.APPROVER)) {
            if (effective.stream().noneMatch(a -> a.getRole() == role)) {
                missing.add(new Missing(null, role));
            }
        }
        return missing;
    }
}
