package fr.mcp.web.security;

import fr.mcp.identity.domain.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * The idle timeout, enforced by the server on every request: a caller recognised by the SSO cookie is served only
 * with the HTTP session of their sign-in, used within its timeout ({@link SignedInSession}). Otherwise (session idle
 * for too long, ended by a sign-out, or absent: the SSO cookie sent alone) the caller is signed out and sent to the
 * sign-in page, or refused with 401 on the API. Calls authenticated by their own password are served as before; calls
 * made with an API token are {@link TokenCallFilter}'s.
 */
@WebFilter(urlPatterns = "/*")
public class SignedInSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String EXPIRED = "Votre session a pris fin après une période d'inactivité ou une déconnexion : reconnectez-vous.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null || request.getAttribute(DatabaseIdentityStore.OUTCOME_ATTRIBUTE) != null || request.isUserInRole(Roles.API_TOKEN)
                || SignedInSession.continues(request.getSession(false), caller.getName(), System.currentTimeMillis())) {
            chain.doFilter(request, response);
            return;
        }
        SignedInSession.end(request);
        SignedInSession.forgetSsoCookie(response);
        String signIn = request.getContextPath() + "/connexion.xhtml?expiree=1";
        if (request.getServletPath().startsWith("/api")) {
            ApiRefusal.send(response, HttpServletResponse.SC_UNAUTHORIZED, EXPIRED);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + signIn
                    + "\"/></partial-response>");
        } else {
            response.sendRedirect(signIn);
        }
    }
}
