package fr.mcp.identity.application;

import fr.mcp.identity.domain.UserAccount;
import fr.mcp.notification.application.Notification;
import fr.mcp.notification.application.Notifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Mails about an account's access, sent in the caller's transaction. */
@ApplicationScoped
public class AccountNotices {

    @Inject
    private Notifier notifier;

    /** A suspended account is usable again. */
    public void restored(UserAccount account, String by) {
        notifier.send(new Notification(
                "account-restored",
                account.getEmail(),
                Map.of(
                        "firstName",
                        account.getFirstName(),
                        "lastName",
                        account.getLastName(),
                        "login",
                        account.getLogin(),
                        "by",
                        by)));
    }

    /** The Caf cut the account's access: its holder is told why. */
    public void suspended(UserAccount account, String reason) {
        notifier.send(new Notification(
                "account-suspended",
                account.getEmail(),
                Map.of(
                        "firstName",
                        account.getFirstName(),
                        "lastName",
                        account.getLastName(),
                        "login",
                        account.getLogin(),
                        "reason",
                        reason)));
    }
}
