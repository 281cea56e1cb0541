package fr.mcp.identity.application;

import fr.mcp.identity.application.internal.ClientThrottle;
import fr.mcp.identity.application.internal.Passwords;
import fr.mcp.identity.application.internal.RoleResolver;
import fr.mcp.identity.application.internal.SignInSettings;
import fr.mcp.identity.application.internal.TermsOfUseService;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.SignInRefusal;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.platform.migration.SchemaMigrator;
import fr.mcp.shared.application.ServiceUnavailable;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a login id and password. Every refusal looks the same to the caller (unknown id, wrong password,
 * delay or lock after failures, closed or suspended account, too many failures from the address), except an
 * expired temporary password, which only someone who knows it can learn. Each attempt is a security event.
 */
@Stateless
public class AuthenticationService {

    @Inject
    private Accounts accounts;

    @Inject
    private RoleResolver roleResolver;

    @Inject
    private TermsOfUseService terms;

    @Inject
    private SecurityEvents events;

    @Inject
    private ClientThrottle throttle;

    @Inject
    private SignInSettings settings;

    @Inject
    private Clock clock;

    @Inject
    private Event<SignedIn> signedIn;

    @EJB
    private SchemaMigrator schema;

    /** Checks a sign-in; {@link ServiceUnavailable} while the database has not answered since the start. */
    public SignInResult authenticate(String login, String password, ClientInfo client) {
        if (!schema.status().ready()) {
            throw new ServiceUnavailable(schema.status().reason());
        }
        if (login == null || password == null || login.isBlank()) {
            return SignInResult.refused(SignInRefusal.INVALID);
        }
        String typed = login.trim().toUpperCase();
        if (throttle.isBlocked(client.address())) {
            events.recordUnknown(SecurityEventType.LOGIN_FAILURE, typed, client, "address throttled");
            return SignInResult.refused(SignInRefusal.INVALID);
        }
        Optional<UserAccount> found = accounts.byLogin(typed);
        if (found.isEmpty()) {
            Passwords.HASHER.verify(password, Passwords.decoyHash());
            throttle.recordFailure(client.address());
            events.recordUnknown(SecurityEventType.LOGIN_FAILURE, typed, client, "unknown login id");
            return SignInResult.refused(SignInRefusal.INVALID);
        }
        return check(found.get(), password, client);
    }

    private SignInResult check(UserAccount account, String password, ClientInfo client) {
        Instant now = clock.instant();
        if (account.isThrottled(now)) {
            events.record(
                    SecurityEventType.LOGIN_FAILURE,
                    account,
                    client,
                    account.isLocked(now) ? "account locked" : "attempt too soon");
            return SignInResult.refused(SignInRefusal.INVALID);
        }
        if (!Passwords.HASHER.verify(password, account.getPasswordHash())) {
            throttle.recordFailure(client.address());
            events.record(SecurityEventType.LOGIN_FAILURE, account, client, "wrong password");
            if (accounts.recordFailure(account, now, settings.lockoutPolicy())) {
                events.record(SecurityEventType.ACCOUNT_LOCKED, account, client, "until " + account.getLockedUntil());
            }
            return SignInResult.refused(SignInRefusal.INVALID);
        }
        if (!account.isActiveOn(LocalDate.now(clock))) {
            events.record(SecurityEventType.LOGIN_FAILURE, account, client, "account " + account.getStatus());
            return SignInResult.refused(SignInRefusal.INVALID);
        }
        if (!roleResolver.partnerAccessActive(account)) {
            events.record(SecurityEventType.LOGIN_FAILURE, account, client, "partner access suspended");
            return SignInResult.refused(SignInRefusal.INVALID);
        }
        if (account.isTemporaryPasswordExpired(now)) {
            events.record(SecurityEventType.LOGIN_FAILURE, account, client, "temporary password expired");
            return SignInResult.refused(SignInRefusal.TEMPORARY_PASSWORD_EXPIRED);
        }
        // The account's row is locked by its bookkeeping until the commit: the roles and the event come first, so
        // that calls made at once with one account wait on each other for the commit only.
        Set<String> roles = roleResolver.rolesOf(account);
        if (account.isPasswordTemporary() || account.needsTermsAcceptance(terms.currentVersion())) {
            events.record(SecurityEventType.LOGIN_SUCCESS, account, client, "first-login steps");
            accounts.clearFailures(account); // on the other path, recordLogin clears them with the sign-in
            signedIn.fire(new SignedIn(account.getLogin()));
            return SignInResult.onboarding(account.getLogin(), roles);
        }
        events.record(SecurityEventType.LOGIN_SUCCESS, account, client, null);
        accounts.recordLogin(account, now);
        signedIn.fire(new SignedIn(account.getLogin()));
        return SignInResult.granted(account.getLogin(), roles);
    }
}
