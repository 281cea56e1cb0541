package fr.mcp.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** Read side of accounts for the portal shell: only ever the caller's own account. */
@Stateless
public class UserDirectory {

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    @Resource
    private SessionContext context;

    /** The signed-in caller; empty for an anonymous caller. */
    @PermitAll
    public Optional<UserSummary> caller() {
        return accounts.byLogin(context.getCallerPrincipal().getName())
                .map(account -> new UserSummary(
                        account.getLogin(),
                        account.getFirstName(),
                        account.getLastName(),
                        organisations.nameOf(account),
                        account.getPreviousLoginAt()));
    }
}
