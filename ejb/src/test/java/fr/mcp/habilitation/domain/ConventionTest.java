package fr.mcp.habilitation.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ConventionTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    @Test
    void aTacitlyRenewedConventionStaysInForceUntilTerminated() {
        Convention convention = new Convention(1, "CONV-1", START);
        assertFalse(convention.isInForceOn(START.minusDays(1)));
        assertTrue(convention.isInForceOn(START.plusYears(3)));
        convention.terminate(LocalDate.of(2026, 6, 1));
        assertTrue(convention.isInForceOn(LocalDate.of(2026, 5, 31)));
        assertFalse(convention.isInForceOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void withoutTacitRenewalTheConventionLastsOneYear() {
        Convention convention = new Convention(1, "CONV-1", START);
        convention.setTacitRenewal(false);
        assertTrue(convention.isInForceOn(START.plusMonths(12).minusDays(1)));
        assertFalse(convention.isInForceOn(START.plusMonths(12)));
    }

    @Test
    void aServiceIsOpenOnlyWithAValidSubscriptionUnderAConventionInForce() {
        Convention convention = new Convention(1, "CONV-1", START);
        assertTrue(convention.validSubscription(Service.AFAS, START).isEmpty(), "no bulletin, no access");
        convention.subscribe(Service.AFAS, Scope.LOCAL, START, LocalDate.of(2025, 12, 31), EnumSet.of(AfasRole.FDA));
        assertTrue(convention
                .validSubscription(Service.AFAS, LocalDate.of(2025, 6, 1))
                .isPresent());
        assertTrue(
                convention
                        .validSubscription(Service.AFAS, LocalDate.of(2026, 1, 1))
                        .isEmpty(),
                "bulletin ended");
        assertTrue(
                convention
                        .validSubscription(Service.CDAP, LocalDate.of(2025, 6, 1))
                        .isEmpty(),
                "other service");
        convention.terminate(LocalDate.of(2025, 6, 1));
        assertTrue(
                convention
                        .validSubscription(Service.AFAS, LocalDate.of(2025, 6, 1))
                        .isEmpty(),
                "convention terminated");
    }
}
