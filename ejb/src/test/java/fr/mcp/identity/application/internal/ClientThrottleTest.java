package fr.mcp.identity.application.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientThrottleTest {

    private final Instant start = Instant.parse("2026-11-24T10:00:00Z");
    private ClientThrottle throttle;

    @BeforeEach
    void setUp() {
        SignInSettings settings = new SignInSettings();
        settings.maxFailuresPerAddress = 3;
        settings.addressWindowMinutes = 10;
        throttle = new ClientThrottle();
        throttle.settings = settings;
        at(start);
    }

    private void at(Instant instant) {
        throttle.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void anAddressIsBlockedOnceItReachesTheLimitOfFailures() {
        throttle.recordFailure("192.0.2.1");
        throttle.recordFailure("192.0.2.1");
        assertFalse(throttle.isBlocked("192.0.2.1"));

        throttle.recordFailure("192.0.2.1");
        assertTrue(throttle.isBlocked("192.0.2.1"));
        assertFalse(throttle.isBlocked("192.0.2.2"), "other addresses are not affected");
    }

    @Test
    void failuresLeaveTheWindowAndTheAddressIsFreedAgain() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("192.0.2.1");
        }
        at(start.plus(Duration.ofMinutes(10)).plusSeconds(1));

        assertFalse(throttle.isBlocked("192.0.2.1"));
    }

    @Test
    void anUnknownAddressIsNeverBlocked() {
        throttle.recordFailure(null);
        assertFalse(throttle.isBlocked(null));
    }
}
