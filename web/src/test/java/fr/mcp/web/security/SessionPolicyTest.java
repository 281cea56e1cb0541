package fr.mcp.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private static SessionPolicy withTimeout(int seconds) {
        SessionPolicy policy = new SessionPolicy();
        policy.timeoutSeconds = seconds;
        return policy;
    }

    @Test
    void thirtyMinutesWarnTwoMinutesBeforeAndAWorkingUserIsNotedEveryMinute() {
        SessionPolicy policy = withTimeout(1_800);
        assertEquals(1_680_000, policy.getWarningDelayMillis());
        assertEquals(60_000, policy.getActivityNoteMillis());
    }

    @Test
    void aShortTimeoutWarnsAtHalfAndNotesAWorkingUserFourTimesBeforeTheWarning() {
        SessionPolicy policy = withTimeout(40);
        assertEquals(20_000, policy.getWarningDelayMillis());
        assertEquals(5_000, policy.getActivityNoteMillis());
    }

    @Test
    void aSessionLastsTwelveHoursAtMostByDefault() {
        SessionPolicy policy = withTimeout(1_800);
        policy.maxMinutes = 720;
        assertEquals(43_200_000, policy.getMaxLifetimeMillis());
        assertEquals(12, policy.getMaxHours());
        policy.maxMinutes = 90;
        assertEquals(2, policy.getMaxHours(), "whole hours, rounded up, for the message");
    }

    @Test
    void theEndOfATwelveHourSessionIsAnnouncedTenMinutesBeforeAndAShortOneAtItsLastQuarter() {
        SessionPolicy policy = withTimeout(1_800);
        policy.maxMinutes = 720;
        assertEquals(600_000, policy.getLifetimeNoticeMillis());
        policy.maxMinutes = 8;
        assertEquals(120_000, policy.getLifetimeNoticeMillis());
    }
}
