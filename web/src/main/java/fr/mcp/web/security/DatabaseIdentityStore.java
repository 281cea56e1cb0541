package fr.mcp.web.security;

import fr.mcp.identity.application.AuthenticationService;
import fr.mcp.identity.application.CallerIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/** Accounts of Caf agents and partner users, from the application's database. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    private AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<CallerIdentity> caller = authentication.authenticate(login.getCaller(), login.getPasswordAsString());
        return caller.map(identity -> new CredentialValidationResult(identity.login(), identity.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
