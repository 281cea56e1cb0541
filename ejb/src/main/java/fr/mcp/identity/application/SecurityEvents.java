package fr.mcp.identity.application;

import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.SecurityEvent;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Records security events for the control plan, in the caller's transaction. */
@Stateless
public class SecurityEvents {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    public void record(SecurityEventType type, UserAccount account, ClientInfo client, String detail) {
        em.persist(new SecurityEvent(clock.instant(), type, account.getLogin(), account.getId(), client, detail));
    }

    /** An event about the account with that login id (or about the id alone if it matches none). */
    public void recordFor(String login, SecurityEventType type, ClientInfo client, String detail) {
        accounts.byLogin(login)
                .ifPresentOrElse(
                        account -> record(type, account, client, detail),
                        () -> recordUnknown(type, login, client, detail));
    }

    /** An event about a login id that matched no account. */
    public void recordUnknown(SecurityEventType type, String typedLogin, ClientInfo client, String detail) {
        em.persist(new SecurityEvent(clock.instant(), type, typedLogin, null, client, detail));
    }
}
