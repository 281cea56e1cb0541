package fr.mcp.identity.application;

import fr.mcp.habilitation.domain.UserGroup;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The security roles of an account: those it holds directly plus those its groups give. */
@Stateless
public class RoleResolver {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

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
        for (UserGroup group : groups) {
            if (group.getMemberIds().contains(account.getId())) {
                roles.add(group.getApplicationRole());
            }
            if (account.getId().equals(group.getManagerId())) {
                roles.add(Roles.GROUP_MANAGER);
            }
        }
        return roles;
    }
}
