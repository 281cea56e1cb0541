package fr.mcp.web.security;

import fr.mcp.identity.application.ApiTokens;
import fr.mcp.identity.application.SignInResult;
import fr.mcp.identity.domain.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism for the portal pages and the REST API. Pages sign in through the Faces login page
 * ({@code SecurityContext.authenticate}); an anonymous request for a protected page is sent to that page. The API
 * answers 401 in JSON instead of redirecting, and accepts HTTP Basic credentials for scripts and API tokens (Bearer)
 * for partners' software.
 * The signed-in caller is recognised by the SSO cookie, with the HTTP session of the sign-in ({@link SignedInSessionFilter}).
 */
@AutoApplySession
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String PASSWORD_REFUSED =
            "Authentification requise : identifiant ou mot de passe manquant ou incorrect.";
    private static final String TOKEN_REFUSED =
            "Jeton d'API inconnu, expiré ou révoqué, ou compte de son titulaire fermé ou suspendu.";
    private static final String UNAVAILABLE =
            "Service momentanément indisponible : votre identifiant n'a pas pu être vérifié. Réessayez dans quelques minutes.";
    private static final String RETRY_AFTER_SECONDS = "60";
    private static final String TOKEN_READ_ONLY = "Ce jeton d'API est en lecture seule : il ne modifie rien.";
    public static final String CONTINUE_ATTRIBUTE = "mcp.continue";

    /** Request attribute: this API call was refused (401, 403) by a first pass of the mechanism. */
    private static final String REFUSED_ATTRIBUTE = "mcp.apiRefused";

    /** Request attribute: the scope of the API token the call was made with (absent for a password). */
    public static final String TOKEN_SCOPE_ATTRIBUTE = "mcp.tokenScope";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private ApiTokens tokens;

    @Inject
    private SessionPolicy sessionPolicy;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStoreHandler.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                OwnSignIn.keyed(context.getClientSubject());
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (isApi(request)) {
            return authenticateApi(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        SignInAgain.thenBackTo(request, SignInAgain.asked(request));
        if (SignedInSession.carriesSsoCookie(request)) {
            // The SSO cookie of a sign-in Liberty no longer knows (its session reclaimed after the idle timeout, the
            // server restarted): the session is over, which the sign-in page says; the cookie is forgotten.
            SignedInSession.forgetSsoCookie(response);
            return context.redirect(SignInAgain.expired(request.getContextPath()));
        }
        return context.redirect(SignInAgain.address(request.getContextPath(), null));
    }

    private AuthenticationStatus authenticateApi(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getAttribute(REFUSED_ATTRIBUTE) != null) {
            // Refused by the container's pass already; the REST layer asks again for a resource that declares its
            // roles: the credentials were checked (and a wrong password counted) once, the answer is sent.
            return AuthenticationStatus.SEND_FAILURE;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authenticateToken(authorization.substring(7).trim(), request, response, context);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic =
                    decodeBasic(authorization.substring(6).trim());
            CredentialValidationResult result =
                    basic == null ? CredentialValidationResult.INVALID_RESULT : identityStoreHandler.validate(basic);
            if (request.getAttribute(DatabaseIdentityStore.UNAVAILABLE_ATTRIBUTE) != null) {
                response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
                return refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, UNAVAILABLE);
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID && !hasFirstLoginStepsToDo(request)) {
                // A client that keeps the cookies this call sets goes on with them, within the idle timeout.
                SignedInSession.start(
                        request,
                        result.getCallerPrincipal().getName(),
                        result.getCallerGroups(),
                        sessionPolicy.getTimeoutSeconds());
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, context, PASSWORD_REFUSED);
        }
        return context.isProtected() ? unauthorized(request, response, context, PASSWORD_REFUSED) : context.doNothing();
    }

    /**
     * A call with an API token: checked on every call (revoked, expired, holder closed or suspended), acting as its
     * holder with the roles the scope keeps; a read-only token may only read.
     */
    private AuthenticationStatus authenticateToken(
            String secret, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<ApiTokens.TokenIdentity> identity = tokens.authenticate(secret, Clients.of(request));
        if (identity.isEmpty()) {
            return unauthorized(request, response, context, TOKEN_REFUSED);
        }
        if (identity.get().scope().readOnly()
                && !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod())) {
            return refuse(request, response, HttpServletResponse.SC_FORBIDDEN, TOKEN_READ_ONLY);
        }
        request.setAttribute(TOKEN_SCOPE_ATTRIBUTE, identity.get().scope());
        Set<String> roles = new HashSet<>(identity.get().roles());
        roles.add(Roles.API_TOKEN);
        return context.notifyContainerAboutLogin(identity.get().login(), roles);
    }

    /** The API is closed to an account whose first login (terms, new password) is not done in the portal. */
    private static boolean hasFirstLoginStepsToDo(HttpServletRequest request) {
        return request.getAttribute(DatabaseIdentityStore.OUTCOME_ATTRIBUTE) instanceof SignInResult result
                && result.status() == SignInResult.Status.ONBOARDING;
    }

    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String message) {
        AuthenticationStatus sent = refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, message);
        return sent == null ? context.responseUnauthorized() : sent;
    }

    private static AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String message) {
        request.setAttribute(REFUSED_ATTRIBUTE, Boolean.TRUE);
        if (response.isCommitted()) {
            // An answer already sent (by a filter or an error page): nothing more to write.
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            response.resetBuffer();
            ApiRefusal.send(response, status, message);
            response.flushBuffer();
        } catch (IOException e) {
            return null;
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? null
                    : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
