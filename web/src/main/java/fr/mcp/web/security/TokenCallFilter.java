package fr.mcp.web.security;

import fr.mcp.identity.domain.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A caller signed in with an API token is accepted only on a request whose token was checked just now: the SSO
 * cookie the server hands out after a token call never stands in for the token (revoked, expired, read-only scope).
 */
@WebFilter(urlPatterns = "/*")
public class TokenCallFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null
                && request.isUserInRole(Roles.API_TOKEN)
                && request.getAttribute(PortalAuthenticationMechanism.TOKEN_SCOPE_ATTRIBUTE) == null) {
            SignedInSession.forgetSsoCookie(response);
            ApiRefusal.send(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "Un appel fait avec un jeton d'API doit porter ce jeton"
                            + " (Authorization: Bearer …) : le cookie de session ne le remplace pas.");
            return;
        }
        chain.doFilter(request, response);
    }
}
