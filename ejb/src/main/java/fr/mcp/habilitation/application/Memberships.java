package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.Service;
import fr.mcp.habilitation.domain.UserGroup;
import fr.mcp.identity.domain.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where a partner user's rights come from: the groups they belong to or manage, and the services the partner may use. */
@Stateless
public class Memberships {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Subscriptions subscriptions;

    /** The groups of the account's partner it is a member or the manager of. */
    public List<UserGroup> groupsOf(UserAccount account) {
        return em.createQuery(
                        "SELECT DISTINCT g FROM UserGroup g LEFT JOIN g.memberIds m"
                                + " WHERE g.partnerId = :partner AND (m = :account OR g.managerId = :account)",
                        UserGroup.class)
                .setParameter("partner", account.getPartnerId())
                .setParameter("account", account.getId())
                .getResultList();
    }

    /** The services the partner's convention opens that day (read once, whatever the number of groups). */
    public Set<Service> openServices(long partnerId, LocalDate day) {
        Set<Service> open = EnumSet.noneOf(Service.class);
        subscriptions.conventionOf(partnerId).ifPresent(convention -> {
            for (Service service : Service.values()) {
                if (convention.validSubscription(service, day).isPresent()) {
                    open.add(service);
                }
            }
        });
        return open;
    }
}
