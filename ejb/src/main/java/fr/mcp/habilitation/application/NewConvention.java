package fr.mcp.habilitation.application;

import java.time.LocalDate;

/** A convention d'accès with its contrat de service, as typed by a Caf administrator. */
public record NewConvention(
        String reference,
        LocalDate startsOn,
        boolean tacitRenewal,
        LocalDate eligibilityReceivedOn,
        String partnerAdministrator,
        String partnerSecurityOfficer,
        String partnerCnilReferent,
        String cafMcpOfficer,
        String openingHours,
        String escalationProcedure) {}
