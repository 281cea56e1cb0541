package fr.mcp.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(15), 5);

    @Test
    void delayDoublesAfterEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(240), policy.delayAfter(4));
    }

    @Test
    void delayNeverExceedsTheMaximum() {
        assertEquals(Duration.ofMinutes(15), policy.delayAfter(6));
        assertEquals(Duration.ofMinutes(15), policy.delayAfter(1_000));
    }

    @Test
    void retriesStopAtTheMaximumNumberOfAttempts() {
        assertTrue(policy.allowsRetryAfter(4));
        assertFalse(policy.allowsRetryAfter(5));
    }

    @Test
    void rejectsInconsistentSettings() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RetryPolicy(Duration.ofSeconds(10), Duration.ofSeconds(1), 3));
        assertThrows(
                IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    }
}
