package fr.mcp.identity.domain;

import java.util.Set;

/**
 * The security roles of the application, as used in {@code @RolesAllowed} and web.xml. Caf roles and the
 * partner administrator role are held by the account; every other partner role comes from its groups.
 */
public final class Roles {

    public static final String CAF_ADMIN = "CAF_ADMIN";
    public static final String CAF_REVIEWER = "CAF_REVIEWER";
    public static final String PARTNER_ADMIN = "PARTNER_ADMIN";
    public static final String GROUP_MANAGER = "GROUP_MANAGER";
    public static final String AFAS_DECLARER = "AFAS_DECLARER";
    public static final String AFAS_HABILITER = "AFAS_HABILITER";
    /** Marks a caller signed in with an API token: such a caller is accepted only on the call that carries the token. */
    public static final String API_TOKEN = "API_TOKEN";

    /** Roles an account may hold directly (table account_role). */
    public static final Set<String> ACCOUNT_ROLES = Set.of(CAF_ADMIN, CAF_REVIEWER, PARTNER_ADMIN);

    private Roles() {}
}
