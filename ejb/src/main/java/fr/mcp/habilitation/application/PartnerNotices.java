package fr.mcp.habilitation.application;

import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.Roles;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.notification.application.Notification;
import fr.mcp.notification.application.Notifier;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mails about habilitations, queued through JMS in the caller's transaction (nothing is sent for a refused change). */
@Stateless
public class PartnerNotices {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Notifier notifier;

    @Inject
    @ConfigProperty(name = "mcp.portal.url", defaultValue = "http://localhost:9080/")
    private String portalUrl;

    /** To every open administrator account of the partner. */
    public void toAdministrators(Partner partner, String template, Map<String, String> parameters) {
        em.createQuery(
                        "SELECT a FROM UserAccount a JOIN a.roles r WHERE a.partnerId = :partner AND r = :admin AND a.status <> :closed",
                        UserAccount.class)
                .setParameter("partner", partner.getId())
                .setParameter("admin", Roles.PARTNER_ADMIN)
                .setParameter("closed", AccountStatus.CLOSED)
                .getResultList()
                .forEach(admin -> toAccount(admin, partner, template, parameters));
    }

    public void toAccount(UserAccount account, Partner partner, String template, Map<String, String> parameters) {
        notifier.send(notification(new Addressed(account, partner, parameters), template));
    }

    /** To each account its own mail of the template, queued in one go (a campaign's batch of role holders). */
    public void toAccounts(List<Addressed> recipients, String template) {
        notifier.sendAll(recipients.stream().map(r -> notification(r, template)).toList());
    }

    /** An account of a partner, and the values of its mail besides its name, its organisation and the portal's address. */
    public record Addressed(UserAccount account, Partner partner, Map<String, String> parameters) {}

    private Notification notification(Addressed to, String template) {
        Map<String, String> all = new HashMap<>(to.parameters());
        all.put("firstName", to.account().getFirstName());
        all.put("lastName", to.account().getLastName());
        all.put("organisation", to.partner().getName());
        all.put("portalUrl", portalUrl);
        return new Notification(template, to.account().getEmail(), all);
    }
}
