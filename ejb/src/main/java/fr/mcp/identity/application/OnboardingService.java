package fr.mcp.identity.application;

import fr.mcp.identity.application.internal.PasswordChanger;
import fr.mcp.identity.application.internal.TermsOfUseService;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.PasswordRule;
import fr.mcp.identity.domain.SecurityEventType;
import fr.mcp.identity.domain.TermsOfUse;
import fr.mcp.identity.domain.UserAccount;
import fr.mcp.shared.domain.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;

/**
 * The first-login steps of the signed-in caller: accept the terms of use in force, then choose a password
 * when the current one is temporary. The account is always the caller's, never an id from the request; an
 * anonymous caller matches no account and is refused.
 */
@Stateless
@PermitAll
public class OnboardingService {

    /** What the caller still has to do. */
    public enum Step {
        TERMS,
        PASSWORD,
        DONE
    }

    @Inject
    private Accounts accounts;

    @Inject
    private TermsOfUseService terms;

    @Inject
    private PasswordChanger passwords;

    @Inject
    private SecurityEvents events;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public Step nextStep() {
        UserAccount account = caller();
        if (account.needsTermsAcceptance(terms.currentVersion())) {
            return Step.TERMS;
        }
        return account.isPasswordTemporary() ? Step.PASSWORD : Step.DONE;
    }

    public TermsOfUse termsToAccept() {
        return terms.current();
    }

    /** Accepts the version the user read; a version published meanwhile must be read first. */
    public void acceptTerms(String version, ClientInfo client) {
        TermsOfUse current = terms.current();
        if (!current.getVersion().equals(version)) {
            throw RuleViolation.of("terms.outdated");
        }
        UserAccount account = caller();
        account.acceptTerms(version, clock.instant());
        events.record(SecurityEventType.TERMS_ACCEPTED, account, client, "version " + version);
    }

    public void refuseTerms(ClientInfo client) {
        events.record(SecurityEventType.TERMS_REFUSED, caller(), client, "version " + terms.currentVersion());
    }

    public Set<PasswordRule> passwordViolations(String candidate) {
        return passwords.violations(caller(), candidate);
    }

    public void choosePassword(String candidate, String confirmation, ClientInfo client) {
        if (nextStep() == Step.TERMS) {
            throw RuleViolation.of("onboarding.termsFirst");
        }
        passwords.change(caller(), candidate, confirmation, client);
    }

    /** Once every step is done, the sign-in is recorded as the caller's latest login. */
    public void complete() {
        if (nextStep() != Step.DONE) {
            throw RuleViolation.of("onboarding.notFinished");
        }
        // Only now does the sign-in count: the welcome page then shows no previous login on a first login.
        accounts.recordLogin(caller(), clock.instant());
    }

    private UserAccount caller() {
        return accounts.byLogin(context.getCallerPrincipal().getName())
                .orElseThrow(() -> new EJBAccessException("No account for the caller"));
    }
}
