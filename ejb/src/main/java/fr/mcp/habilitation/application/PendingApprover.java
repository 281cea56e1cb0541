package fr.mcp.habilitation.application;

import java.time.LocalDate;

/** An approver assignment waiting for the Caf's validation. */
public record PendingApprover(
        long assignmentId,
        long partnerId,
        String partnerName,
        String facilityName,
        String siteName,
        String login,
        String lastName,
        String firstName,
        LocalDate startsOn,
        String assignedBy) {}
