package fr.mcp.identity.domain;

import java.time.Duration;

/**
 * Brute-force protection per account: from the {@code freeFailures}-th failure on, each new attempt must wait
 * longer ({@code stepDelay} more per failure, at most {@code maxDelay}); after {@code maxFailures} failures the
 * account is locked for {@code lockDuration}.
 */
public record LockoutPolicy(
        int freeFailures, Duration stepDelay, Duration maxDelay, int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        if (freeFailures < 0 || maxFailures < 1 || freeFailures > maxFailures) {
            throw new IllegalArgumentException("0 ≤ freeFailures ≤ maxFailures and maxFailures ≥ 1");
        }
        if (stepDelay.isNegative()
                || maxDelay.compareTo(stepDelay) < 0
                || lockDuration.isNegative()
                || lockDuration.isZero()) {
            throw new IllegalArgumentException("Delays must be positive and maxDelay ≥ stepDelay");
        }
    }

    /** Delay before the next attempt is considered, after {@code failures} consecutive failures. */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures || failures == 0) {
            return Duration.ZERO;
        }
        Duration delay = stepDelay.multipliedBy(failures - freeFailures + 1L);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public boolean locksAfter(int failures) {
        return failures >= maxFailures;
    }
}
