package fr.mcp.web.security;

import fr.mcp.identity.application.SignInResult;
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

/**
 * One mechanism for the portal pages and the REST API. Pages sign in through the Faces login page
 * ({@code SecurityContext.authenticate}); an anonymous request for a protected page is sent to that page. The API
 * answers 401 in JSON instead of redirecting, and accepts HTTP Basic credentials for scripts and partners' software.
 * The signed-in caller is kept in the HTTP session.
 */
@AutoApplySession
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/connexion.xhtml";
    public static final String CONTINUE_ATTRIBUTE = "mcp.continue";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStoreHandler.validate(credential));
        }
        if (isApi(request)) {
            return authenticateApi(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        request.getSession(true).setAttribute(CONTINUE_ATTRIBUTE, originalUrl(request));
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus authenticateApi(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
            CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT : identityStoreHandler.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID && !hasFirstLoginStepsToDo(request)) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, context);
        }
        return context.isProtected() ? unauthorized(response, context) : context.doNothing();
    }

    /** The API is closed to an account whose first login (terms, new password) is not done in the portal. */
    private static boolean hasFirstLoginStepsToDo(HttpServletRequest request) {
        return request.getAttribute(DatabaseIdentityStore.OUTCOME_ATTRIBUTE) instanceof SignInResult result
                && result.status() == SignInResult.Status.ONBOARDING;
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"messages\":[\"Authentification requise : identifiant ou mot de passe manquant ou incorrect.\"]}");
            response.flushBuffer();
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
