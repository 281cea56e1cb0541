package fr.mcp.web.security;

import fr.mcp.identity.domain.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's roles; identity-store groups map to roles of the same name. */
@ApplicationScoped
@DeclareRoles({
    Roles.CAF_ADMIN,
    Roles.CAF_REVIEWER,
    Roles.PARTNER_ADMIN,
    Roles.GROUP_MANAGER,
    Roles.AFAS_DECLARER,
    Roles.AFAS_HABILITER,
    Roles.API_TOKEN
})
public class SecurityRoles {}
