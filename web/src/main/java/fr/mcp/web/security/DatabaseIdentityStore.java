package fr.mcp.web.security;

import fr.mcp.identity.application.AuthenticationService;
import fr.mcp.identity.application.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Accounts of Caf agents and partner users, from the application's database. The detailed outcome (first-login
 * steps to do, expired temporary password) is left on the request for the login page and the API.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    public static final String OUTCOME_ATTRIBUTE = "mcp.signInResult";

    @Inject
    private AuthenticationService authentication;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result =
                authentication.authenticate(login.getCaller(), login.getPasswordAsString(), Clients.of(request));
        request.setAttribute(OUTCOME_ATTRIBUTE, result);
        return result.status() == SignInResult.Status.REFUSED
                ? CredentialValidationResult.INVALID_RESULT
                : new CredentialValidationResult(result.login(), result.roles());
    }
}
