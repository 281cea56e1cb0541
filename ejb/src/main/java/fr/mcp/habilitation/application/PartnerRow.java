package fr.mcp.habilitation.application;

/** A partner as the Caf back-office list shows it. */
public record PartnerRow(
        long id,
        String siret,
        String name,
        String city,
        String accessStatus,
        String conventionReference,
        long administrators) {}
