package fr.mcp.identity.application;

import fr.mcp.identity.application.internal.PasswordChanger;
import fr.mcp.identity.application.internal.Passwords;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.PasswordRule;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;

/** "Changer mon mot de passe" for the signed-in caller, who must give the current password first. */
@Stateless
@PermitAll
public class PasswordService {

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordChanger changer;

    @Resource
    private SessionContext context;

    public Set<PasswordRule> violations(String candidate) {
        return changer.violations(caller(), candidate);
    }

    public void change(String current, String candidate, String confirmation, ClientInfo client) {
        UserAccount account = caller();
        if (!Passwords.HASHER.verify(current, account.getPasswordHash())) {
            throw RuleViolation.of("password.current.wrong");
        }
        changer.change(account, candidate, confirmation, client);
    }

    private UserAccount caller() {
        return accounts.byLogin(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new EJBAccessException("No account for the caller"));
    }
}
