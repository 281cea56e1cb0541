package fr.mcp.identity.application;

import fr.mcp.identity.application.internal.Passwords;
import fr.mcp.identity.domain.AccountStatus;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * "Mot de passe oublié": a new temporary password to the address of the account. The caller learns nothing:
 * the answer is the same whether the address belongs to an account or not (the captcha is checked before).
 */
@Stateless
@PermitAll
public class PasswordRecoveryService {

    @Inject
    private Accounts accounts;

    @Inject
    private TemporaryPasswords temporaryPasswords;

    @Inject
    private SecurityEvents events;

    public void request(String email, ClientInfo client) {
        if (email == null || email.isBlank()) {
            return;
        }
        List<UserAccount> matching = accounts.byEmail(email).stream()
                .filter(account -> account.getStatus() == AccountStatus.OPEN)
                .toList();
        if (matching.isEmpty()) {
            Passwords.HASHER.hash("decoy");
            events.recordUnknown(
                    SecurityEventType.PASSWORD_RECOVERY_REQUESTED, null, client, "no open account for the address");
            return;
        }
        for (UserAccount account : matching) {
            events.record(SecurityEventType.PASSWORD_RECOVERY_REQUESTED, account, client, null);
            temporaryPasswords.issue(account, false, client, "password recovery");
        }
    }
}
