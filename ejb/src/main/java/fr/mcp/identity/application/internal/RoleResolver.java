package fr.mcp.identity.application.internal;

import fr.mcp.identity.application.Organisations;
import fr.mcp.identity.domain.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * The security roles of an account: those it holds directly plus those its groups give, as long as the partner's
 * access is active and its convention has a valid subscription to the group's service ({@link Organisations}).
 */
@Stateless
public class RoleResolver {

    @Inject
    private Organisations organisations;

    public Set<String> rolesOf(UserAccount account) {
        Set<String> roles = new HashSet<>(account.getRoles());
        if (account.getPartnerId() != null && organisations.accessActive(account)) {
            roles.addAll(organisations.groupRoles(account));
        }
        return roles;
    }

    /** Whether the account's partner (if any) has its access to the portal; a Caf agent's account has no partner. */
    public boolean partnerAccessActive(UserAccount account) {
        return organisations.accessActive(account);
    }
}
