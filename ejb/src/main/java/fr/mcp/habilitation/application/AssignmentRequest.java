package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.AfasRole;
import java.time.LocalDate;
import java.util.List;

/** Assign a role to a member of AFAS-Déclarer on a facility, or on some of its sites (FDA), from a date (to a date). */
public record AssignmentRequest(
        Long accountId, AfasRole role, Long facilityId, List<Long> siteIds, LocalDate startsOn, LocalDate endsOn) {}
