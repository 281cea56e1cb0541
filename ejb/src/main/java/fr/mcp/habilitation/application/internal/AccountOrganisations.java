package fr.mcp.habilitation.application.internal;

import fr.mcp.habilitation.application.Memberships;
import fr.mcp.habilitation.domain.Caf;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.UserGroup;
import fr.mcp.identity.application.Organisations;
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

/** The habilitation context's answers to the accounts' questions on their organisation and groups. */
@Stateless
public class AccountOrganisations implements Organisations {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Memberships memberships;

    @Inject
    private Clock clock;

    @Override
    public String nameOf(UserAccount account) {
        return account.getPartnerId() != null
                ? em.find(Partner.class, account.getPartnerId()).getName()
                : em.find(Caf.class, account.getCafId()).getName();
    }

    @Override
    public boolean accessActive(UserAccount account) {
        return account.getPartnerId() == null
                || em.find(Partner.class, account.getPartnerId()).isAccessActive();
    }

    @Override
    public Set<String> groupRoles(UserAccount account) {
        Set<String> roles = new HashSet<>();
        if (account.getPartnerId() == null) {
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
}
