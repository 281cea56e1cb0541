package fr.mcp.controlplan.application.internal;

import fr.mcp.controlplan.application.Detection;
import fr.mcp.identity.application.SignedIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Detection on events: once a sign-in is committed, the sign-in rules run on that user's recent history in the
 * background, so an atypical connection reaches the queue within seconds rather than at the next scheduled run. At
 * most once a minute per user (API clients sign in on every call); the scheduled run catches anything skipped.
 */
@ApplicationScoped
public class SignInWatch {

    private static final Duration QUIET = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();

    @EJB
    private Detection detection;

    @Inject
    private Clock clock;

    void onSignIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignedIn event) {
        Instant now = clock.instant();
        Instant previous = lastRun.get(event.login());
        if (previous != null && previous.plus(QUIET).isAfter(now)) {
            return;
        }
        if (lastRun.size() > MAX_TRACKED) {
            lastRun.clear();
        }
        lastRun.put(event.login(), now);
        detection.afterSignIn(event.login());
    }
}
