package fr.mcp.web.security;

import fr.mcp.identity.application.SessionValidity;
import fr.mcp.identity.domain.Roles;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * The server's own check of every signed-in request: a caller recognised by the SSO cookie is served only with the
 * HTTP session of their sign-in, used within its idle timeout and its longest life ({@link SignedInSession},
 * {@code mcp.session.maxMinutes}), and as long as their access and
 * the roles they signed in with hold ({@link SessionValidity}, read again every {@code mcp.session.recheckSeconds}).
 * Otherwise (session idle for too long, ended by a sign-out, absent: the SSO cookie sent alone; account closed or
 * suspended, role withdrawn) the caller is signed out and sent to the sign-in page with the reason, and back to the
 * page asked once signed in again ({@link SignInAgain}), or refused with 401 on the API. Calls authenticated by their own password are served as before; calls made with an API token are
 * checked on every call ({@link TokenCallFilter}).
 */
@WebFilter(urlPatterns = "/*")
public class SignedInSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Why the server ends a session: the sign-in page's message and the API's. */
    enum Reason {
        EXPIRED(
                "expiree",
                "Votre session a pris fin après une période d'inactivité ou une déconnexion : reconnectez-vous."),
        LIFETIME("duree", "Votre session a atteint sa durée maximale : reconnectez-vous."),
        ACCESS_ENDED("acces", "Votre accès au portail a été clos ou suspendu : votre session a pris fin."),
        RIGHTS_WITHDRAWN(
                "droits",
                "Vos droits ont changé depuis votre connexion : reconnectez-vous pour continuer avec vos droits actuels.");

        final String parameter;
        private final String message;

        Reason(String parameter, String message) {
            this.parameter = parameter;
            this.message = message;
        }
    }

    @Inject
    private SessionPolicy policy;

    @Inject
    private SessionValidity validity;

    @Inject
    private SessionAudit audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller == null
                || request.getAttribute(DatabaseIdentityStore.OUTCOME_ATTRIBUTE) != null
                || request.isUserInRole(Roles.API_TOKEN)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        long now = System.currentTimeMillis();
        long idle = SignedInSession.idleMillis(session, now);
        if (!SignedInSession.continues(session, caller.getName(), now)) {
            end(request, response, Reason.EXPIRED);
            return;
        }
        request.setAttribute(SignedInSession.IDLE_MILLIS_ATTRIBUTE, idle);
        Optional<Reason> ended = reasonToEnd(session, caller.getName(), now);
        if (ended.isPresent()) {
            audit.ended(
                    session,
                    caller.getName(),
                    Clients.of(request),
                    ended.get().name().toLowerCase());
            end(request, response, ended.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The session's longest life reached, or (when due) the caller's access or the roles of the sign-in no longer held. */
    private Optional<Reason> reasonToEnd(HttpSession session, String caller, long now) {
        if (SignedInSession.outlived(session, now, policy.getMaxLifetimeMillis())) {
            return Optional.of(Reason.LIFETIME);
        }
        if (!SignedInSession.dueForCheck(session, now, policy.getRecheckMillis())) {
            return Optional.empty();
        }
        return validity.check(caller, SignedInSession.roles(session)).map(end -> Reason.valueOf(end.name()));
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, Reason reason)
            throws IOException, ServletException {
        String page = SignInAgain.pageAsked(request);
        SignedInSession.end(request);
        SignedInSession.forgetSsoCookie(response);
        String signIn = SignInAgain.address(request.getContextPath(), reason.parameter);
        if (request.getServletPath().startsWith("/api")) {
            ApiRefusal.send(response, HttpServletResponse.SC_UNAUTHORIZED, reason.message);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + signIn
                            + "\"/></partial-response>");
        } else {
            SignInAgain.thenBackTo(request, page);
            response.sendRedirect(signIn);
        }
    }
}
