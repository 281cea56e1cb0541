package fr.mcp.habilitation.application;

import java.time.LocalDate;

/** A line of the habilitation search: an assignment, or (state NOT_ASSIGNED) a facility or site missing a role holder. */
public record AssignmentRow(
        Long id,
        String login,
        String lastName,
        String firstName,
        String role,
        long facilityId,
        String facilityName,
        String facilityType,
        String nature,
        String siteName,
        LocalDate startsOn,
        LocalDate endsOn,
        String state,
        String validationStatus,
        String refusalReason) {}
