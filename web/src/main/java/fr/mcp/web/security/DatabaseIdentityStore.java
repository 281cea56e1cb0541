package fr.mcp.web.security;

import fr.mcp.identity.application.AuthenticationService;
import fr.mcp.identity.application.SignInResult;
import fr.mcp.shared.application.Failures;
import fr.mcp.shared.application.ServiceUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * Accounts of Caf agents and partner users, from the application's database. The detailed outcome (first-login
 * steps to do, expired temporary password) is left on the request for the login page and the API.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    public static final String OUTCOME_ATTRIBUTE = "mcp.signInResult";

    /** Request attribute: the credentials could not be checked, the database being unreachable. */
    public static final String UNAVAILABLE_ATTRIBUTE = "mcp.signInUnavailable";

    private static final Logger LOG = Logger.getLogger(DatabaseIdentityStore.class.getName());

    @Inject
    private AuthenticationService authentication;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result;
        try {
            result = authentication.authenticate(login.getCaller(), login.getPasswordAsString(), Clients.of(request));
        } catch (RuntimeException e) {
            if (!(e instanceof ServiceUnavailable) && !Failures.fromDatabase(e)) {
                throw e;
            }
            // The accounts cannot be read: neither a wrong password nor a refusal, but a service unavailable (503).
            LOG.warning(() -> "Sign-in not checked, the database does not answer: " + Failures.rootMessage(e));
            request.setAttribute(UNAVAILABLE_ATTRIBUTE, Boolean.TRUE);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        request.setAttribute(OUTCOME_ATTRIBUTE, result);
        return result.status() == SignInResult.Status.REFUSED
                ? CredentialValidationResult.INVALID_RESULT
                : new CredentialValidationResult(result.login(), result.roles());
    }
}
