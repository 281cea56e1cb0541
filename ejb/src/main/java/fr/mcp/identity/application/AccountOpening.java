package fr.mcp.identity.application;

import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.IssuedLoginId;
import fr.mcp.identity.domain.LoginIdGenerator;
import fr.mcp.identity.domain.Mobility;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Opens an account for a partner's user: checks the form, issues a login id never used before (prefixed by the
 * partner's family), and mails the login id and a temporary password separately. Callers check their rights first.
 */
@Stateless
public class AccountOpening {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private TemporaryPasswords temporaryPasswords;

    @Inject
    private SecurityEvents events;

    @Inject
    private Clock clock;

    private final LoginIdGenerator loginIds = new LoginIdGenerator();

    /**
     * The new account of a user of the partner {@code partnerId}, whose login id starts with the partner's
     * {@code family}, with {@code accountRole} (e.g. partner administrator) granted when not null.
     */
    public UserAccount open(
            long partnerId, String family, NewAccount form, String accountRole, String byLogin, ClientInfo client) {
        NewAccountValidator.check(form);
        UserAccount account = UserAccount.partnerUser(
                newLoginId(family),
                partnerId,
                form.lastName().trim(),
                form.firstName().trim(),
                form.email().trim(),
                form.opensOn(),
                clock.instant());
        account.setPhone(
                form.phone() == null || form.phone().isBlank()
                        ? null
                        : form.phone().trim());
        account.setMobility(form.mobility() == null ? Mobility.SEDENTARY : form.mobility());
        account.setClosesOn(form.closesOn());
        if (accountRole != null) {
            account.grant(accountRole);
        }
        em.persist(account);
        em.flush();
        events.record(SecurityEventType.ACCOUNT_CREATED, account, client, "by " + byLogin);
        temporaryPasswords.issue(account, true, client, "account opened by " + byLogin);
        return account;
    }

    private String newLoginId(String prefix) {
        while (true) {
            String candidate = loginIds.next(prefix);
            if (em.find(IssuedLoginId.class, candidate) == null) {
                em.persist(new IssuedLoginId(candidate, clock.instant()));
                return candidate;
            }
        }
    }
}
