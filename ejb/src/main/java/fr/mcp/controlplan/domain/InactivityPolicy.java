package fr.mcp.controlplan.domain;

import fr.mcp.identity.domain.AccountStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Inactive accounts: an open account with no sign of life (sign-in, creation, restoration) for more than
 * {@code inactiveDays} is warned; still without a sign-in {@code graceDays} after the warning, it is suspended.
 */
public record InactivityPolicy(int inactiveDays, int graceDays) {

    /** What the control plan does with an account on a day. */
    public enum Step {
        NONE,
        WARN,
        SUSPEND
    }

    public InactivityPolicy {
        if (inactiveDays < 1 || graceDays < 0) {
            throw new IllegalArgumentException("inactiveDays must be at least 1 and graceDays at least 0");
        }
    }

    public static InactivityPolicy of(DetectionRule rule) {
        return new InactivityPolicy(rule.getThreshold(), rule.getGraceDays() == null ? 0 : rule.getGraceDays());
    }

    /** Accounts whose last sign of life is before this are inactive. */
    public Instant inactiveBefore(Instant now) {
        return now.minus(Duration.ofDays(inactiveDays));
    }

    /** Accounts warned before this (and silent since) are suspended. */
    public Instant warnedBefore(Instant now) {
        return now.minus(Duration.ofDays(graceDays));
    }

    /** The date the warning announces for the suspension. */
    public Instant suspensionAfter(Instant warnedAt) {
        return warnedAt.plus(Duration.ofDays(graceDays));
    }

    public Step step(AccountStatus status, Instant lastActivity, Instant warnedAt, Instant now) {
        if (status != AccountStatus.OPEN || lastActivity == null) {
            return Step.NONE;
        }
        if (warnedAt == null) {
            return lastActivity.isBefore(inactiveBefore(now)) ? Step.WARN : Step.NONE;
        }
        return lastActivity.isBefore(warnedAt) && warnedAt.isBefore(warnedBefore(now)) ? Step.SUSPEND : Step.NONE;
    }
}
