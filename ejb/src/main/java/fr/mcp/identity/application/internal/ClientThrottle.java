package fr.mcp.identity.application.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per client address in a sliding window: an address over the limit is refused until its
 * oldest failures leave the window, whatever the login id it tries. Kept in memory, per server.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClientThrottle {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    SignInSettings settings;

    @Inject
    Clock clock;

    public boolean isBlocked(String address) {
        if (address == null) {
            return false;
        }
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= settings.maxFailuresPerAddress();
        }
    }

    public void recordFailure(String address) {
        if (address == null) {
            return;
        }
        if (failures.size() > MAX_TRACKED_ADDRESSES) {
            failures.values().removeIf(deque -> {
                synchronized (deque) {
                    prune(deque);
                    return deque.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(settings.addressWindow());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }
}
