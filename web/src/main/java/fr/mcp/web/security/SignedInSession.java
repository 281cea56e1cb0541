package fr.mcp.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The HTTP session a signed-in caller's cookies must come with: marked for that caller at sign-in (the portal's form, or
 * a password on the API), and over once idle for longer than its timeout, whether or not the server has yet reclaimed
 * it. The SSO cookie alone never stands for a sign-in.
 */
public final class SignedInSession {

    static final String CALLER_ATTRIBUTE = "mcp.caller";
    static final String LAST_SEEN_ATTRIBUTE = "mcp.lastSeen";
    static final String ROLES_ATTRIBUTE = "mcp.roles";
    static final String CHECKED_AT_ATTRIBUTE = "mcp.checkedAt";
    static final String SIGNED_IN_AT_ATTRIBUTE = "mcp.signedInAt";
    /** Request attribute: how long the session had been idle when this request came (milliseconds). */
    static final String IDLE_MILLIS_ATTRIBUTE = "mcp.idleMillis";

    private static final long NOTE_EVERY_MILLIS = 1_000;
    /** The SSO cookie's name ({@code webAppSecurity ssoCookieName} in mcp-security.xml). */
    private static final String SSO_COOKIE = "MCPSSO";

    private SignedInSession() {}

    /**
     * Marks the request's session (created if need be) as this caller's, signed in with these roles, idle for at most
     * {@code timeoutSeconds}.
     */
    public static HttpSession start(HttpServletRequest request, String caller, Set<String> roles, int timeoutSeconds) {
        HttpSession session = request.getSession(true);
        long now = System.currentTimeMillis();
        session.setMaxInactiveInterval(timeoutSeconds);
        session.setAttribute(CALLER_ATTRIBUTE, caller);
        session.setAttribute(ROLES_ATTRIBUTE, new HashSet<>(roles));
        session.setAttribute(LAST_SEEN_ATTRIBUTE, now);
        session.setAttribute(CHECKED_AT_ATTRIBUTE, now);
        session.setAttribute(SIGNED_IN_AT_ATTRIBUTE, now);
        return session;
    }

    /**
     * Whether this session is the caller's and was used within its timeout; if so, notes this use (at most once a
     * second) and the inactivity starts again.
     */
    static boolean continues(HttpSession session, String caller, long now) {
        if (session == null
                || !caller.equals(session.getAttribute(CALLER_ATTRIBUTE))
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

    /** Whether this session, signed in more than {@code maxMillis} ago, has reached its longest life, active or not. */
    static boolean outlived(HttpSession session, long now, long maxMillis) {
        return session.getAttribute(SIGNED_IN_AT_ATTRIBUTE) instanceof Long signedInAt && now - signedInAt > maxMillis;
    }

    /**
     * How long this session has left before its longest life ({@code maxMillis} after its sign-in) at {@code now}, at
     * least 0; {@code maxMillis} when it is not a signed-in one.
     */
    static long lifeLeftMillis(HttpSession session, long now, long maxMillis) {
        return session != null && session.getAttribute(SIGNED_IN_AT_ATTRIBUTE) instanceof Long signedInAt
                ? Math.max(0, signedInAt + maxMillis - now)
                : maxMillis;
    }

    /** How long this session has been idle at {@code now} (milliseconds), or -1 when it is not a signed-in one. */
    static long idleMillis(HttpSession session, long now) {
        return session != null && session.getAttribute(LAST_SEEN_ATTRIBUTE) instanceof Long lastSeen
                ? now - lastSeen
                : -1;
    }

    /** How long the request's session had been idle when the request came: known once the session is checked. */
    static OptionalLong idleBefore(HttpServletRequest request) {
        return request.getAttribute(IDLE_MILLIS_ATTRIBUTE) instanceof Long idle && idle >= 0
                ? OptionalLong.of(idle)
                : OptionalLong.empty();
    }

    /**
     * Whether the caller's access and rights are to be read again ({@code everyMillis} after the last time; 0: on every
     * request); if so, notes that they are read now.
     */
    static boolean dueForCheck(HttpSession session, long now, long everyMillis) {
        if (session.getAttribute(CHECKED_AT_ATTRIBUTE) instanceof Long checkedAt && now - checkedAt < everyMillis) {
            return false;
        }
        session.setAttribute(CHECKED_AT_ATTRIBUTE, now);
        return true;
    }

    /** The roles the caller signed in with. */
    @SuppressWarnings("unchecked")
    static Set<String> roles(HttpSession session) {
        return session.getAttribute(ROLES_ATTRIBUTE) instanceof Set<?> roles ? (Set<String>) roles : Set.of();
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

    /** Whether the request carries an SSO cookie: a signed-in browser's, valid or not. */
    static boolean carriesSsoCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> SSO_COOKIE.equals(cookie.getName()));
    }

    /** Tells the client to forget the SSO cookie. */
    static void forgetSsoCookie(HttpServletResponse response) {
        Cookie expired = new Cookie(SSO_COOKIE, "");
        expired.setMaxAge(0);
        expired.setPath("/");
        response.addCookie(expired);
    }
}
