package fr.mcp.controlplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.mcp.controlplan.domain.InactivityPolicy.Step;
import fr.mcp.identity.domain.AccountStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InactivityPolicyTest {

    private final InactivityPolicy policy = new InactivityPolicy(180, 30);
    private final Instant now = Instant.parse("2026-11-24T05:00:00Z");

    @Test
    void anAccountSilentForMoreThanSixMonthsIsWarnedAndNotBefore() {
        assertEquals(Step.WARN, policy.step(AccountStatus.OPEN, daysAgo(181), null, now));
        assertEquals(Step.NONE, policy.step(AccountStatus.OPEN, daysAgo(179), null, now));
    }

    @Test
    void aWarnedAccountStillSilentAfterTheGracePeriodIsSuspended() {
        assertEquals(Step.SUSPEND, policy.step(AccountStatus.OPEN, daysAgo(215), daysAgo(31), now));
        assertEquals(
                Step.NONE, policy.step(AccountStatus.OPEN, daysAgo(215), daysAgo(29), now), "grace period not over");
    }

    @Test
    void aSignInAfterTheWarningSavesTheAccount() {
        assertEquals(Step.NONE, policy.step(AccountStatus.OPEN, daysAgo(10), daysAgo(31), now));
    }

    @Test
    void closedOrSuspendedAccountsAreLeftAlone() {
        assertEquals(Step.NONE, policy.step(AccountStatus.SUSPENDED, daysAgo(400), daysAgo(100), now));
        assertEquals(Step.NONE, policy.step(AccountStatus.CLOSED, daysAgo(400), null, now));
    }

    @Test
    void theWarningAnnouncesTheSuspensionDate() {
        assertEquals(now.plus(Duration.ofDays(30)), policy.suspensionAfter(now));
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }
}
