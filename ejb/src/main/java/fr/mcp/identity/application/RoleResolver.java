package fr.mcp.identity.application;

import fr.mcp.habilitation.application.Memberships;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.UserGroup;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The security roles of an account: those it holds directly plus those its groups give, as long as the partner's
 * access is active and its convention has a valid subscription to the group's service.
 */
@Stateless
public class RoleResolver {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Memberships memberships;

    @Inject
    private Clock clock;

    public Set<String> rolesOf(UserAccount account) {
        Set<String> roles = new HashSet<>(account.getRoles());
        if (account.getPartnerId() == null) {
            return roles;
        }
        if (!partnerAccessActive(account)) {
            return roles;
        }
        Set<Service> open = memberships.openServices(account.getPartnerId(), LocalDate.now(clock));
        for (UserGroup group : memberships.groupsOf(account)) {
            if (group.hasMember(account.getId()) && open.contains(group.getService())) {
                roles.add(group.getApplicationRole());
            }
            if (account.getId().equals(group.getManagerId())) {
                roles.add(Roles.GROUP_MANAGER);
            }
        }
        return roles;
    }

    /** Whether the account's partner (if any) has its access to the portal; a Caf agent's account has no partner. */
    public boolean partnerAccessActive(UserAccount account) {
        return account.getPartnerId() == null || em.find(Partner.class, account.getPartnerId()).isAccessActive();
    }
}
