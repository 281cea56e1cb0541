package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.AfasRole;
import fr.mcp.habilitation.domain.AssignmentState;
import fr.mcp.habilitation.domain.FacilityType;

/**
 * Filters of the habilitation search screen (DOMAIN.md §5): user, role, facility type and nature, state, and
 * whether the assignment is on a site (true), on a whole facility (false) or either (null).
 */
public record AssignmentFilter(
        Long accountId,
        AfasRole role,
        FacilityType facilityType,
        String nature,
        AssignmentState state,
        Boolean onSite) {

    public static AssignmentFilter none() {
        return new AssignmentFilter(null, null, null, null, null, null);
    }
}
