package fr.mcp.estimate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Advances and balance computed by hand from PS_RULES.md "Declarations and payments". */
class PaymentScheduleTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final Scale SCALE = Scale.inForce(
            2026,
            List.of(
                    new ParameterValue("PAYMENT.advanceRate", new BigDecimal("0.35"), FROM),
                    new ParameterValue("PAYMENT.capRate", new BigDecimal("0.70"), FROM),
                    new ParameterValue("PAYMENT.gapThreshold", new BigDecimal("0.10"), FROM)));

    @Test
    void anExistingFacilityGets35PercentOfTheActualNMinus2Then35PercentOfTheForecastAndTheBalanceAfterTheActual() {
        // actual 2024: 20 000 → advance 1 = 7 000; forecast 2026: 21 000 (5 % above actual 2025: 20 000) → advance 2 =
        // 7 350
        List<PaymentLine> lines = PaymentSchedule.of(
                rights(
                        new BigDecimal("21000"),
                        new BigDecimal("22500"),
                        new BigDecimal("20000"),
                        new BigDecimal("20000"),
                        false),
                SCALE);
        assertEquals(new BigDecimal("7000.00"), amount(lines, "ADVANCE_1"));
        assertEquals(new BigDecimal("7350.00"), amount(lines, "ADVANCE_2"));
        // actual 2026: 22 500 − 14 350 = 8 150 to pay
        assertEquals(new BigDecimal("8150.00"), amount(lines, "BALANCE"));
    }

    @Test
    void anUnjustifiedGapAboveTenPercentCapsTheAdvancesAt70PercentOfTheActualNMinus1() {
        // forecast 2026: 40 000 vs actual 2025: 20 000 (100 %): cap 0.70 × 20 000 = 14 000; advance 1 = 0.35 × 18 000 =
        // 6 300;
        // advance 2 = min(0.35 × 40 000 = 14 000, 14 000 − 6 300) = 7 700; actual 2026: 12 000 → 12 000 − 14 000 = −2
        // 000 overpaid
        List<PaymentLine> lines = PaymentSchedule.of(
                rights(
                        new BigDecimal("40000"),
                        new BigDecimal("12000"),
                        new BigDecimal("20000"),
                        new BigDecimal("18000"),
                        false),
                SCALE);
        assertEquals(new BigDecimal("6300.00"), amount(lines, "ADVANCE_1"));
        assertEquals(new BigDecimal("7700.00"), amount(lines, "ADVANCE_2"));
        assertTrue(
                line(lines, "ADVANCE_2").explanation().contains("acomptes plafonnés à 70 % du réel 2025 = 14000.00 €"),
                line(lines, "ADVANCE_2").explanation());
        assertEquals(new BigDecimal("-2000.00"), amount(lines, "OVERPAYMENT"));
    }

    @Test
    void aJustifiedGapOrOneOfTenPercentExactlyIsNotCapped() {
        assertEquals(
                new BigDecimal("14000.00"),
                amount(
                        PaymentSchedule.of(
                                rights(
                                        new BigDecimal("40000"),
                                        null,
                                        new BigDecimal("20000"),
                                        new BigDecimal("18000"),
                                        true),
                                SCALE),
                        "ADVANCE_2"));
        assertEquals(
                new BigDecimal("7700.00"),
                amount(
                        PaymentSchedule.of(
                                rights(
                                        new BigDecimal("22000"),
                                        null,
                                        new BigDecimal("20000"),
                                        new BigDecimal("18000"),
                                        false),
                                SCALE),
                        "ADVANCE_2"),
                "22 000 is exactly 10 % above 20 000: not capped");
    }

    @Test
    void aNewFacilityGets35PercentOfItsForecastThenOfItsSeptemberUpdate() {
        PaymentRights rights = new PaymentRights(2026, new BigDecimal("30000"), null, null, null, null, false);
        List<PaymentLine> lines = PaymentSchedule.of(rights, SCALE);
        assertEquals(new BigDecimal("10500.00"), amount(lines, "ADVANCE_1"));
        assertNull(amount(lines, "ADVANCE_2"), "no update transmitted yet");
        List<PaymentLine> updated = PaymentSchedule.of(
                new PaymentRights(2026, new BigDecimal("30000"), new BigDecimal("33333.33"), null, null, null, false),
                SCALE);
        // 0.35 × 33 333.33 = 11 666.6655 → 11 666.67 (half up)
        assertEquals(new BigDecimal("11666.67"), amount(updated, "ADVANCE_2"));
        assertEquals(2, updated.size(), "no balance before the actual");
    }

    private static PaymentRights rights(
            BigDecimal forecast,
            BigDecimal actual,
            BigDecimal actualPrevious,
            BigDecimal actualBeforePrevious,
            boolean justified) {
        return new PaymentRights(2026, forecast, null, actual, actualPrevious, actualBeforePrevious, justified);
    }

    private static PaymentLine line(List<PaymentLine> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal amount(List<PaymentLine> lines, String code) {
        return line(lines, code).amount();
    }
}
