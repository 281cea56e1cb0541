package fr.mcp.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Idle sessions end after {@code mcp.session.timeoutSeconds} (30 minutes); the page warns the user two minutes
 * before (half the timeout when it is shorter) and offers to stay connected; a user working on a page without
 * sending anything keeps the session ({@code resources/js/idle.js}); however active, a session ends after
 * {@code mcp.session.maxMinutes} (12 hours), announced by the page ten minutes before. A signed-in caller's access and rights are
 * read again every {@code mcp.session.recheckSeconds} (a minute).
 */
@Named
@ApplicationScoped
public class SessionPolicy {

    private static final int WARNING_SECONDS = 120;
    private static final long ACTIVITY_NOTE_MILLIS = 60_000;
    private static final long LIFETIME_NOTICE_MILLIS = 10 * 60_000;

    @Inject
    @ConfigProperty(name = "mcp.session.timeoutSeconds", defaultValue = "1800")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "mcp.session.recheckSeconds", defaultValue = "60")
    int recheckSeconds;

    @Inject
    @ConfigProperty(name = "mcp.session.maxMinutes", defaultValue = "720")
    int maxMinutes;

    /** How often a signed-in caller's access and rights are read again (0: on every request). */
    public long getRecheckMillis() {
        return recheckSeconds * 1000L;
    }

    /** The longest a session lasts, however active (12 hours); Liberty's SSO token lasts an hour more. */
    public long getMaxLifetimeMillis() {
        return maxMinutes * 60_000L;
    }

    /**
     * How long before its longest life's end a page tells its user that the session will end, whatever they do (ten
     * minutes; a quarter of that life when it is shorter).
     */
    public long getLifetimeNoticeMillis() {
        return Math.min(LIFETIME_NOTICE_MILLIS, getMaxLifetimeMillis() / 4);
    }

    /** How long the session of the page being rendered has left before its longest life's end. */
    public long getLifeLeftMillis() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpSession session =
                faces == null ? null : (HttpSession) faces.getExternalContext().getSession(false);
        return SignedInSession.lifeLeftMillis(session, System.currentTimeMillis(), getMaxLifetimeMillis());
    }

    /** The page's idle script: the sign-in page to go to when the server says that the session is over. */
    public String getSignInAgainAddress() {
        return SignInAgain.expired("");
    }

    /** The page's idle script: the header its keep-alive is sent with. */
    public String getActivityHeader() {
        return SessionActivityServlet.HEADER;
    }

    /** The same, in whole hours (rounded up), for the sign-in page's message. */
    public long getMaxHours() {
        return (maxMinutes + 59) / 60;
    }

    public int getTimeoutSeconds() {
        return timeoutSeconds;
    }

    /** Inactivity before the warning, in milliseconds (the page's idle.js, and the sign-out at the countdown's end). */
    public long getWarningDelayMillis() {
        return (timeoutSeconds - getCountdownSeconds()) * 1000L;
    }

    /** Seconds left when the warning shows. */
    public int getCountdownSeconds() {
        return Math.min(WARNING_SECONDS, timeoutSeconds / 2);
    }

    /**
     * How long a page lets its user work without any request before telling the server (a minute; a quarter of the
     * delay before the warning when that is shorter): the warning then comes after the same idle time whether the user
     * was typing, reading or away, and a little earlier at most.
     */
    public long getActivityNoteMillis() {
        return Math.min(ACTIVITY_NOTE_MILLIS, getWarningDelayMillis() / 4);
    }

    public long getTimeoutMillis() {
        return timeoutSeconds * 1000L;
    }

    /** Called by "Rester connecté": the request itself renews the session. */
    public void keepAlive() {
        // Nothing to do: reaching the server resets the session's inactivity.
    }
}
