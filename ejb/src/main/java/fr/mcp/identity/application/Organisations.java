package fr.mcp.identity.application;

import fr.mcp.identity.domain.UserAccount;
import java.util.Set;

/**
 * What the accounts need to know of the organisation an account belongs to (its Caf or its partner) and of the groups
 * it is a member of. The habilitation context owns Cafs, partners and groups and answers these questions; the identity
 * context depends only on this interface, so that the two contexts form no cycle.
 */
public interface Organisations {

    /** The name of the account's partner, or of its Caf for a Caf agent. */
    String nameOf(UserAccount account);

    /** Whether the account's partner (if any) has its access to the portal; a Caf agent's account has no partner. */
    boolean accessActive(UserAccount account);

    /**
     * The roles the account's groups give today: a member's application role on the services its partner subscribes
     * to, and group manager for a group's manager. Empty for a Caf agent.
     */
    Set<String> groupRoles(UserAccount account);
}
