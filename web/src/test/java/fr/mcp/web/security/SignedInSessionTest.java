package fr.mcp.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedInSessionTest {

    private static final long SIGNED_IN_AT = 1_000_000L;
    private final Map<String, Object> attributes = new HashMap<>();

    /** A session in memory, marked as ENFRESP's at SIGNED_IN_AT, idle for at most 40 s. */
    private HttpSession session() {
        attributes.put(SignedInSession.CALLER_ATTRIBUTE, "ENFRESP");
        attributes.put(SignedInSession.LAST_SEEN_ATTRIBUTE, SIGNED_IN_AT);
        return (HttpSession) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getMaxInactiveInterval" -> 40;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theCallersSessionUsedWithinItsTimeoutGoesOnAndItsInactivityStartsAgain() {
        HttpSession session = session();

        assertTrue(SignedInSession.continues(session, "ENFRESP", SIGNED_IN_AT + 39_000));
        assertEquals(SIGNED_IN_AT + 39_000, attributes.get(SignedInSession.LAST_SEEN_ATTRIBUTE));
        assertTrue(SignedInSession.continues(session, "ENFRESP", SIGNED_IN_AT + 78_000), "39 s after the last use");
    }

    @Test
    void aSessionIdleForLongerThanItsTimeoutIsOverEvenBeforeTheServerReclaimsIt() {
        assertFalse(SignedInSession.continues(session(), "ENFRESP", SIGNED_IN_AT + 40_001));
        assertEquals(
                SIGNED_IN_AT, attributes.get(SignedInSession.LAST_SEEN_ATTRIBUTE), "an ended session is not renewed");
    }

    @Test
    void noSessionAnotherCallersSessionOrASessionNeverSignedInServesNobody() {
        assertFalse(SignedInSession.continues(null, "ENFRESP", SIGNED_IN_AT));
        assertFalse(SignedInSession.continues(session(), "ENFADM", SIGNED_IN_AT + 1_000));
        HttpSession anonymous = session();
        attributes.remove(SignedInSession.CALLER_ATTRIBUTE);
        assertFalse(SignedInSession.continues(anonymous, "ENFRESP", SIGNED_IN_AT + 1_000));
    }

    @Test
    void theIdleTimeBeforeARequestIsKnownOnlyForASignedInSession() {
        HttpSession session = session();
        assertEquals(25_000, SignedInSession.idleMillis(session, SIGNED_IN_AT + 25_000));
        attributes.remove(SignedInSession.LAST_SEEN_ATTRIBUTE);
        assertEquals(-1, SignedInSession.idleMillis(session, SIGNED_IN_AT + 25_000));
        assertEquals(-1, SignedInSession.idleMillis(null, SIGNED_IN_AT));
    }

    @Test
    void aSessionReachesItsLongestLifeHoweverActive() {
        HttpSession session = session();
        attributes.put(SignedInSession.SIGNED_IN_AT_ATTRIBUTE, SIGNED_IN_AT);
        long twelveHours = 12 * 3_600_000L;
        assertFalse(SignedInSession.outlived(session, SIGNED_IN_AT + twelveHours, twelveHours));
        assertTrue(SignedInSession.outlived(session, SIGNED_IN_AT + twelveHours + 1, twelveHours));
        attributes.remove(SignedInSession.SIGNED_IN_AT_ATTRIBUTE);
        assertFalse(
                SignedInSession.outlived(session, SIGNED_IN_AT + 2 * twelveHours, twelveHours),
                "a session marked before the rule");
    }

    @Test
    void accessAndRightsAreReadAgainOnlyOnceTheIntervalHasPassed() {
        HttpSession session = session();
        attributes.put(SignedInSession.CHECKED_AT_ATTRIBUTE, SIGNED_IN_AT);

        assertFalse(SignedInSession.dueForCheck(session, SIGNED_IN_AT + 59_999, 60_000));
        assertTrue(SignedInSession.dueForCheck(session, SIGNED_IN_AT + 60_000, 60_000));
        assertFalse(SignedInSession.dueForCheck(session, SIGNED_IN_AT + 60_001, 60_000), "read again just now");
        assertTrue(SignedInSession.dueForCheck(session, SIGNED_IN_AT + 60_001, 0), "0: on every request");
    }

    @Test
    void theLifeLeftCountsFromTheSignInAndNeverGoesBelowZero() {
        HttpSession session = session();
        attributes.put(SignedInSession.SIGNED_IN_AT_ATTRIBUTE, SIGNED_IN_AT);
        assertEquals(43_200_000 - 90_000, SignedInSession.lifeLeftMillis(session, SIGNED_IN_AT + 90_000, 43_200_000));
        assertEquals(0, SignedInSession.lifeLeftMillis(session, SIGNED_IN_AT + 43_300_000, 43_200_000));
        assertEquals(
                43_200_000,
                SignedInSession.lifeLeftMillis(null, SIGNED_IN_AT, 43_200_000),
                "no signed-in session: a whole life");
    }
}
