package fr.mcp.identity.domain;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a call made with an API token may do: never more than its holder may do at the time of the call, and only the
 * part of it the scope keeps — the declarations (AFAS-Déclarer), read only or with the right to write and import.
 */
public enum TokenScope {
    DECLARATIONS_IMPORT("Déclarations : lecture, saisie et import", false),
    DECLARATIONS_READ("Déclarations : lecture seule", true);

    private static final Set<String> KEPT_ROLES = Set.of(Roles.AFAS_DECLARER);

    private final String label;
    private final boolean readOnly;

    TokenScope(String label, boolean readOnly) {
        this.label = label;
        this.readOnly = readOnly;
    }

    public String label() {
        return label;
    }

    /** Whether calls other than reads (GET, HEAD) are refused. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The holder's roles a call with this scope keeps: administration roles are never given to a token. */
    public Set<String> keep(Set<String> holderRoles) {
        return holderRoles.stream().filter(KEPT_ROLES::contains).collect(Collectors.toUnmodifiableSet());
    }
}
