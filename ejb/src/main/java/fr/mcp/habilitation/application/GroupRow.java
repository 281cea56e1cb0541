package fr.mcp.habilitation.application;

/** A group as "Mes groupes" lists it. */
public record GroupRow(
        long id,
        String name,
        String service,
        String applicationRole,
        Long managerId,
        String managerName,
        long members) {}
