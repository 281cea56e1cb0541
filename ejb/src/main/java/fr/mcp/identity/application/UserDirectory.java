package fr.mcp.identity.application;

import fr.mcp.habilitation.domain.Caf;
import fr.mcp.habilitation.domain.Partner;
import fr.mcp.identity.domain.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Read side of accounts for the portal shell: only ever the caller's own account. */
@Stateless
public class UserDirectory {

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Resource
    private SessionContext context;

    /** The signed-in caller; empty for an anonymous caller. */
    @PermitAll
    public Optional<UserSummary> caller() {
        return accounts.byLogin(context.getCallerPrincipal().getName())
                .map(account -> new UserSummary(account.getLogin(), account.getFirstName(), account.getLastName(),
                        organisationOf(account), account.getPreviousLoginAt()));
    }

    private String organisationOf(UserAccount account) {
        if (account.getPartnerId() != null) {
            return em.find(Partner.class, account.getPartnerId()).getName();
        }
        return em.find(Caf.class, account.getCafId()).getName();
    }
}
