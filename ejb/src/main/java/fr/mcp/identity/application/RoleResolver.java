package fr.mcp.identity.application;

import fr.mcp.habilitation.application.Subscriptions;
import fr.mcp.habilitation.domain.Partner;
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
import java.util.List;
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
    private Subscriptions subscriptions;

    @Inject
    private Clock clock;

    public Set<String> rolesOf(UserAccount account) {
        Set<String> roles = new HashSet<>(account.getRoles());
        if (account.getPartnerId() == null) {
            return roles;
        }
        List<UserGroup> groups = em.createQuery(
                        "SELECT DISTINCT g FROM UserGroup g LEFT JOIN g.memberIds m"
                                + " WHERE g.partnerId = :partner AND (m = :account OR g.managerId = :account)",
                        UserGroup.class)
                .setParameter("partner", account.getPartnerId())
                .setParameter("account", account.getId())
                .getResultList();
        Partner partner = em.find(Partner.class, account.getPartnerId());
        if (!partner.isAccessActive()) {
            return roles;
        }
        LocalDate today = LocalDate.now(clock);
        for (UserGroup group : groups) {
            if (group.getMemberIds().contains(account.getId()) && subscriptions.isValid(partner.getId(), group.getService(), today)) {
                roles.add(group.getApplicationRole());
            }
            if (account.getId().equals(group.getManagerId())) {
                roles.add(Roles.GROUP_MANAGER);
            }
        }
        return roles;
    }
}
