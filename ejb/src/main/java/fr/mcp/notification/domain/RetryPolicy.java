package fr.mcp.notification.domain;

import java.time.Duration;

/**
 * Exponential back-off for failed mail deliveries: the n-th retry waits {@code initialDelay × 2^(n-1)},
 * never more than {@code maxDelay}; after {@code maxAttempts} attempts the mail is parked.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive");
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least initialDelay");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Whether a mail that failed {@code attemptsMade} times may be tried again. */
    public boolean allowsRetryAfter(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /** Delay before the next attempt, after {@code attemptsMade} failed attempts (≥ 1). */
    public Duration delayAfter(int attemptsMade) {
        Duration delay = initialDelay;
        for (int i = 1; i < attemptsMade && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
