package fr.mcp.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Where a user goes when the portal ends their session (idle, its longest life reached, access or rights changed, or
 * the user asking to sign in again): the sign-in page, with the reason as its parameter, and once signed in again, back
 * to the page they were on.
 */
public final class SignInAgain {

    private static final String PAGE = "/connexion.xhtml";
    /** The parameter by which the idle script's calls give the page they come from. */
    public static final String RETURN_PARAMETER = "retour";

    private static final Set<String> IDLE_SCRIPT_CALLS = Set.of(IdleLogoutServlet.PATH, SessionActivityServlet.PATH);

    private SignInAgain() {}

    /** The sign-in page's address, with the reason's parameter ({@code expiree}, {@code duree}…) when there is one. */
    public static String address(String contextPath, String reason) {
        return contextPath + PAGE + (reason == null ? "" : "?" + reason + "=1");
    }

    /** The sign-in page's address for a session that ended (idle, or no longer known to the server). */
    public static String expired(String contextPath) {
        return address(contextPath, SignedInSessionFilter.Reason.EXPIRED.parameter);
    }

    /** The address the request asked for, with its query. */
    static String asked(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /**
     * Remembers, in the request's session (a new one after the end), the page to go back to after signing in again:
     * only an address of this application ({@link LocalAddress}).
     */
    public static void thenBackTo(HttpServletRequest request, String target) {
        LocalAddress.of(request.getContextPath(), target).ifPresent(local -> request.getSession(true)
                .setAttribute(PortalAuthenticationMechanism.CONTINUE_ATTRIBUTE, local));
    }

    /**
     * The page the user was on, when the request tells it: a GET of a view (not of a resource), or a call of the page's
     * idle script, which gives its page as {@code retour}.
     */
    static String pageAsked(HttpServletRequest request) {
        String path = request.getServletPath();
        if (IDLE_SCRIPT_CALLS.contains(path)) {
            return request.getParameter(RETURN_PARAMETER);
        }
        if (!"GET".equals(request.getMethod())
                || !path.endsWith(".xhtml")
                || request.getRequestURI().contains("/jakarta.faces.resource/")) {
            return null;
        }
        return asked(request);
    }
}
