package fr.mcp.identity.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-24T09:00:00Z");
    private final LocalDate opening = LocalDate.of(2026, 1, 1);

    @Test
    void anOpenAccountIsActiveFromItsOpeningDate() {
        UserAccount account =
                UserAccount.partnerUser("ENFFDA", 1L, "Lefèvre", "Camille", "c@example.org", opening, now);

        assertFalse(account.isActiveOn(opening.minusDays(1)));
        assertTrue(account.isActiveOn(opening));
        assertTrue(account.isActiveOn(opening.plusYears(3)));
    }

    @Test
    void groupRolesCannotBeGrantedToTheAccountDirectly() {
        UserAccount account =
                UserAccount.partnerUser("ENFFDA", 1L, "Lefèvre", "Camille", "c@example.org", opening, now);

        assertThrows(IllegalArgumentException.class, () -> account.grant(Roles.AFAS_DECLARER));
        account.grant(Roles.PARTNER_ADMIN);
        assertTrue(account.getRoles().contains(Roles.PARTNER_ADMIN));
    }

    @Test
    void aTemporaryPasswordWorksFor24HoursAndNotOneSecondMore() {
        UserAccount account = UserAccount.partnerUser("ENFK7Q2M", 1L, "Perrin", "Lucie", "l@example.org", opening, now);
        account.issueTemporaryPassword("hash", now.plus(Duration.ofHours(24)));

        assertTrue(account.isPasswordTemporary());
        assertFalse(account.isTemporaryPasswordExpired(now));
        assertFalse(account.isTemporaryPasswordExpired(
                now.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertTrue(account.isTemporaryPasswordExpired(now.plus(Duration.ofHours(24))));
        assertTrue(account.isTemporaryPasswordExpired(now.plus(Duration.ofDays(3))));
    }

    @Test
    void aChosenPasswordNeverExpiresLikeATemporaryOne() {
        UserAccount account = UserAccount.partnerUser("ENFK7Q2M", 1L, "Perrin", "Lucie", "l@example.org", opening, now);
        account.issueTemporaryPassword("hash", now.plusSeconds(60));
        account.setPassword("chosen");

        assertFalse(account.isPasswordTemporary());
        assertFalse(account.isTemporaryPasswordExpired(now.plus(Duration.ofDays(400))));
    }

    @Test
    void repeatedFailuresDelayThenLockTheAccountAndANewTemporaryPasswordUnlocksIt() {
        LockoutPolicy policy =
                new LockoutPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(30), 5, Duration.ofMinutes(15));
        UserAccount account = UserAccount.partnerUser("ENFK7Q2M", 1L, "Perrin", "Lucie", "l@example.org", opening, now);

        assertFalse(account.recordFailedAttempt(now, policy));
        assertFalse(account.recordFailedAttempt(now, policy));
        assertFalse(account.isThrottled(now), "two failures cost nothing");
        assertFalse(account.recordFailedAttempt(now, policy));
        assertTrue(account.isThrottled(now.plusSeconds(1)), "the third failure imposes a delay");
        assertFalse(account.isThrottled(now.plusSeconds(2)));
        assertFalse(account.recordFailedAttempt(now.plusSeconds(2), policy));
        assertTrue(account.recordFailedAttempt(now.plusSeconds(10), policy), "the fifth failure locks");
        assertTrue(account.isLocked(now.plusSeconds(10).plus(Duration.ofMinutes(14))));
        assertFalse(account.isLocked(now.plusSeconds(10).plus(Duration.ofMinutes(15))));

        account.recordFailedAttempt(now.plus(Duration.ofMinutes(30)), policy);
        account.issueTemporaryPassword("hash", now.plus(Duration.ofHours(24)));
        assertFalse(account.isThrottled(now.plus(Duration.ofMinutes(30))));
    }

    @Test
    void closedOrSuspendedAccountsAreInactiveAndReopeningRestoresThem() {
        UserAccount account = UserAccount.partnerUser("ENFK7Q2M", 1L, "Perrin", "Lucie", "l@example.org", opening, now);
        LocalDate today = LocalDate.of(2026, 11, 24);

        account.suspend();
        assertFalse(account.isActiveOn(today));
        account.reopen(now);
        assertTrue(account.isActiveOn(today));
        account.close(today);
        assertFalse(account.isActiveOn(today));
        account.reopen(now);
        assertTrue(account.isActiveOn(today.plusDays(1)));
    }

    @Test
    void aNewVersionOfTheTermsMustBeAcceptedAgain() {
        UserAccount account = UserAccount.partnerUser("ENFK7Q2M", 1L, "Perrin", "Lucie", "l@example.org", opening, now);
        assertTrue(account.needsTermsAcceptance("2026-01"));
        account.acceptTerms("2026-01", now);
        assertFalse(account.needsTermsAcceptance("2026-01"));
        assertTrue(account.needsTermsAcceptance("2027-01"));
    }
}
