package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.ApplicationRole;

/** A group to create: its name, the application role (and so the service) it gives, and an optional manager. */
public record NewGroup(String name, ApplicationRole applicationRole, Long managerId) {}
