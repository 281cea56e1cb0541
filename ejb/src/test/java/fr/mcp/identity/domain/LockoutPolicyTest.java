package fr.mcp.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy =
            new LockoutPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(30), 5, Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothing() {
        assertEquals(Duration.ZERO, policy.delayAfter(1));
        assertEquals(Duration.ZERO, policy.delayAfter(2));
    }

    @Test
    void theDelayGrowsWithEachFurtherFailureUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(2), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(4), policy.delayAfter(4));
        assertEquals(Duration.ofSeconds(30), policy.delayAfter(40));
    }

    @Test
    void theAccountLocksAtTheMaximumNumberOfFailures() {
        assertFalse(policy.locksAfter(4));
        assertTrue(policy.locksAfter(5));
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new LockoutPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(2), 5, Duration.ofMinutes(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LockoutPolicy(1, Duration.ofSeconds(5), Duration.ofSeconds(2), 5, Duration.ofMinutes(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LockoutPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(2), 5, Duration.ZERO));
    }
}
