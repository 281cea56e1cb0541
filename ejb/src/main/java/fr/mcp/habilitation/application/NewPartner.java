package fr.mcp.habilitation.application;

/** What a Caf administrator types to register a partner. */
public record NewPartner(
        String siret,
        String name,
        String legalForm,
        String addressLine,
        String postalCode,
        String city,
        String headOfficeDepartement,
        boolean multiDepartement,
        String family) {}
