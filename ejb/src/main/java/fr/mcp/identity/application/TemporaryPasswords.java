package fr.mcp.identity.application;

import fr.mcp.identity.application.internal.Passwords;
import fr.mcp.identity.application.internal.SignInSettings;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.TemporaryPasswordGenerator;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.notification.application.Notification;
import fr.mcp.notification.application.Notifier;
import fr.mcp.shared.config.BusinessTime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues a temporary password and mails it; the login id goes in a separate mail when the account is new. */
@Stateless
public class TemporaryPasswords {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH)
            .withZone(BusinessTime.zone());

    @PersistenceContext(unitName = "mcp")
    private EntityManager em;

    @Inject
    private Organisations organisations;

    @Inject
    private Notifier notifier;

    @Inject
    private SecurityEvents events;

    @Inject
    private SignInSettings settings;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "mcp.portal.url", defaultValue = "http://localhost:9080/")
    private String portalUrl;

    public void issue(UserAccount account, boolean newAccount, ClientInfo client, String reason) {
        String password = TemporaryPasswordGenerator.next();
        Instant expiresAt = clock.instant().plus(settings.temporaryPasswordValidity());
        account.issueTemporaryPassword(Passwords.HASHER.hash(password), expiresAt);
        Map<String, String> common = Map.of(
                "firstName",
                account.getFirstName(),
                "lastName",
                account.getLastName(),
                "portalUrl",
                portalUrl,
                "organisation",
                organisations.nameOf(account));
        if (newAccount) {
            notifier.send(new Notification(
                    "account-login-id", account.getEmail(), with(common, "login", account.getLogin())));
        }
        notifier.send(new Notification(
                "account-temporary-password",
                account.getEmail(),
                with(with(common, "password", password), "expiresAt", EXPIRY.format(expiresAt))));
        events.record(SecurityEventType.TEMPORARY_PASSWORD_ISSUED, account, client, reason);
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(name, value);
        return copy;
    }
}
