package fr.mcp.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-24T09:00:00Z");
    private final LocalDate opening = LocalDate.of(2026, 1, 1);

    @Test
    void anOpenAccountIsActiveFromItsOpeningDate() {
        UserAccount account = UserAccount.partnerUser("ENFFDA", 1L, "Lefèvre", "Camille", "c@example.org", opening, now);

        assertFalse(account.isActiveOn(opening.minusDays(1)));
        assertTrue(account.isActiveOn(opening));
        assertTrue(account.isActiveOn(opening.plusYears(3)));
    }

    @Test
    void thePreviousLoginIsTheOneBeforeTheCurrentOne() {
        UserAccount account = UserAccount.cafAgent("CAFADM", 1L, "Martin", "Claire", "c@example.org", opening, now);

        account.recordLogin(now);
        assertNull(account.getPreviousLoginAt());

        account.recordLogin(now.plusSeconds(3600));
        assertEquals(now, account.getPreviousLoginAt());
        assertEquals(now.plusSeconds(3600), account.getLastLoginAt());
    }

    @Test
    void groupRolesCannotBeGrantedToTheAccountDirectly() {
        UserAccount account = UserAccount.partnerUser("ENFFDA", 1L, "Lefèvre", "Camille", "c@example.org", opening, now);

        assertThrows(IllegalArgumentException.class, () -> account.grant(Roles.AFAS_DECLARER));
        account.grant(Roles.PARTNER_ADMIN);
        assertTrue(account.getRoles().contains(Roles.PARTNER_ADMIN));
    }
}
