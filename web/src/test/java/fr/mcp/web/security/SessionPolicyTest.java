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
}
