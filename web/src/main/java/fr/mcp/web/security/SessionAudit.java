package fr.mcp.web.security;

import fr.mcp.identity.application.SecurityEvents;
import fr.mcp.identity.domain.ClientInfo;
import fr.mcp.identity.domain.SecurityEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Records logouts, the end of idle sessions and the sessions the server ends as security events. */
@WebListener
@ApplicationScoped
public class SessionAudit implements HttpSessionListener {

    static final String LOGIN_ATTRIBUTE = "mcp.login";
    private static final String LOGGED_OUT_ATTRIBUTE = "mcp.loggedOut";

    @Inject
    private SecurityEvents events;

    /** Marks the session as signed in by that user. */
    public static void signedIn(HttpSession session, String login) {
        session.setAttribute(LOGIN_ATTRIBUTE, login);
    }

    /** Records the logout; the session's end that follows is then not a timeout. */
    public void loggedOut(HttpSession session, ClientInfo client) {
        Object login = session.getAttribute(LOGIN_ATTRIBUTE);
        if (login instanceof String user) {
            session.setAttribute(LOGGED_OUT_ATTRIBUTE, Boolean.TRUE);
            events.recordFor(user, SecurityEventType.LOGOUT, client, null);
        }
    }

    /** Records that the server ended the caller's session, and why; the session's end that follows is then not a timeout. */
    public void ended(HttpSession session, String caller, ClientInfo client, String why) {
        session.setAttribute(LOGGED_OUT_ATTRIBUTE, Boolean.TRUE);
        events.recordFor(caller, SecurityEventType.SESSION_ENDED, client, why);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (session.getAttribute(LOGIN_ATTRIBUTE) instanceof String user
                && session.getAttribute(LOGGED_OUT_ATTRIBUTE) == null) {
            events.recordFor(
                    user,
                    SecurityEventType.SESSION_TIMEOUT,
                    ClientInfo.SYSTEM,
                    "idle " + session.getMaxInactiveInterval() + " s");
        }
    }
}
