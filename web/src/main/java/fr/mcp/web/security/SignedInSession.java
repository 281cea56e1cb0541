package fr.mcp.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The HTTP session a signed-in caller's cookies must come with: marked for that caller at sign-in (the portal's form, or
 * a password on the API), and over once idle for longer than its timeout, whether or not the server has yet reclaimed
 * it. The SSO cookie alone never stands for a sign-in.
 */
public final class SignedInSession {

    static final String CALLER_ATTRIBUTE = "mcp.caller";
    static final String LAST_SEEN_ATTRIBUTE = "mcp.lastSeen";
    private static final long NOTE_EVERY_MILLIS = 1_000;

    private SignedInSession() {
    }

    /** Marks the request's session (created if need be) as this caller's, idle for at most {@code timeoutSeconds}. */
    public static HttpSession start(HttpServletRequest request, String caller, int timeoutSeconds) {
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(timeoutSeconds);
        session.setAttribute(CALLER_ATTRIBUTE, caller);
        session.setAttribute(LAST_SEEN_ATTRIBUTE, System.currentTimeMillis());
        return session;
    }

    /**
     * Whether this session is the caller's and was used within its timeout; if so, notes this use (at most once a
     * second) and the inactivity starts again.
     */
    static boolean continues(HttpSession session, String caller, long now) {
        if (session == null || !caller.equals(session.getAttribute(CALLER_ATTRIBUTE))
                || !(session.getAttribute(LAST_SEEN_ATTRIBUTE) instanceof Long lastSeen)) {
            return false;
        }
        int timeoutSeconds = session.getMaxInactiveInterval();
        if (timeoutSeconds > 0 && now - lastSeen > timeoutSeconds * 1000L) {
            return false;
        }
        if (now - lastSeen >= NOTE_EVERY_MILLIS) {
            session.setAttribute(LAST_SEEN_ATTRIBUTE, now);
        }
        return true;
    }

    /** Signs the caller out and ends the session, if there is one still. */
    public static void end(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // logout() may already have ended it.
            }
        }
    }

    /** Tells the client to forget the SSO cookie. */
    static void forgetSsoCookie(HttpServletResponse response) {
        Cookie expired = new Cookie("MCPSSO", "");
        expired.setMaxAge(0);
        expired.setPath("/");
        response.addCookie(expired);
    }
}
