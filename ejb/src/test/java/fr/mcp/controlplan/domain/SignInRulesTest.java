package fr.mcp.controlplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthetic sign-in histories: each rule raises exactly the expected findings, and none on a normal history. */
class SignInRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String OFFICE = "192.0.2.10";
    private static final String HOME = "198.51.100.7";

    private final UnusualHoursRule hours = new UnusualHoursRule(6, 22, "LOW", PARIS);
    private final ManyAddressesRule addresses = new ManyAddressesRule(3, Duration.ofHours(24), "HIGH", PARIS);

    @Test
    void aNormalHistoryRaisesNothing() {
        List<SignIn> history = normalMonth();

        assertEquals(List.of(), hours.findings(history));
        assertEquals(List.of(), addresses.findings(history));
    }

    @Test
    void signInsAtNightRaiseOneFindingPerDayWithTheirTimes() {
        List<SignIn> history = new ArrayList<>(normalMonth());
        history.add(at("2026-11-10T02:30", OFFICE));
        history.add(at("2026-11-10T03:10", OFFICE));
        history.add(at("2026-11-12T22:00", HOME));
        history.add(at("2026-11-13T06:00", HOME));
        history.sort((a, b) -> a.at().compareTo(b.at()));

        List<Finding> findings = hours.findings(history);

        assertEquals(2, findings.size(), findings.toString());
        assertEquals(
                List.of("10/11/2026 02:30 depuis 192.0.2.10", "10/11/2026 03:10 depuis 192.0.2.10"),
                findings.get(0).evidence());
        assertEquals(
                "2 connexion(s) hors des heures habituelles (6 h – 22 h)",
                findings.get(0).summary());
        assertEquals(
                List.of("12/11/2026 22:00 depuis 198.51.100.7"),
                findings.get(1).evidence(),
                "22:00 is outside, 06:00 inside");
        assertEquals(List.of(), addresses.findings(history));
    }

    @Test
    void threeAddressesWithinADayRaiseOneFindingPerBurstButNotWhenSpreadOverDays() {
        List<SignIn> history = new ArrayList<>(normalMonth());
        history.add(at("2026-11-18T10:05", "203.0.113.5"));
        history.add(at("2026-11-18T10:40", "203.0.113.99"));
        history.add(at("2026-11-18T11:00", "198.18.0.1"));
        history.add(at("2026-11-25T09:30", "203.0.113.7"));
        history.sort((a, b) -> a.at().compareTo(b.at()));

        List<Finding> findings = addresses.findings(history);

        assertEquals(1, findings.size(), findings.toString());
        Finding burst = findings.get(0);
        assertEquals("MANY_ADDRESSES", burst.rule());
        assertEquals("HIGH", burst.severity());
        assertEquals(
                "4 adresses différentes en moins de 24 h : 192.0.2.10, 203.0.113.5, 203.0.113.99, 198.18.0.1",
                burst.summary());
        assertEquals(List.of(), hours.findings(history));
    }

    @Test
    void twoSeparateBurstsAreTwoFindings() {
        List<SignIn> history = List.of(
                at("2026-11-02T10:00", "203.0.113.1"),
                at("2026-11-02T10:10", "203.0.113.2"),
                at("2026-11-02T10:20", "203.0.113.3"),
                at("2026-11-09T15:00", "203.0.113.4"),
                at("2026-11-09T15:05", "203.0.113.5"),
                at("2026-11-09T15:10", "203.0.113.6"));

        assertEquals(2, addresses.findings(history).size());
    }

    /** Weekdays of November 2026: 9:00 from the office, 14:00 from the office or, on Fridays, from home. */
    @Test
    void aSignInFarFromTheUsersOwnHoursIsRaisedEvenInsideOfficeHoursButNotWithoutEnoughHistory() {
        HabitHoursRule habit = new HabitHoursRule(10, 30, 4, "LOW", PARIS);
        List<SignIn> history = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            history.add(at(String.format("2026-11-%02dT09:15", day), OFFICE));
        }
        assertEquals(List.of(), habit.findings(history), "always at 9 h: nothing");

        history.add(at("2026-11-13T15:30", OFFICE));
        history.add(at("2026-11-13T16:00", OFFICE));
        history.add(at("2026-11-14T11:00", OFFICE));
        List<Finding> findings = habit.findings(history);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(
                "2 connexion(s) loin des habitudes de l'utilisateur (heures habituelles : 9 h)",
                findings.get(0).summary());
        assertEquals(
                List.of("13/11/2026 15:30 depuis 192.0.2.10", "13/11/2026 16:00 depuis 192.0.2.10"),
                findings.get(0).evidence());
        assertEquals(List.of(), hours.findings(history), "inside office hours for the fixed rule");
        assertEquals(
                List.of(),
                new HabitHoursRule(20, 30, 4, "LOW", PARIS).findings(history),
                "no habit yet with 20 sign-ins required");
    }

    private static List<SignIn> normalMonth() {
        List<SignIn> history = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 11, 2);
                day.isBefore(LocalDate.of(2026, 11, 28));
                day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                history.add(at(day + "T09:00", OFFICE));
                history.add(at(day + "T14:00", day.getDayOfWeek().getValue() == 5 ? HOME : OFFICE));
            }
        }
        return history;
    }

    private static SignIn at(String localTime, String address) {
        return new SignIn(
                "ENFK7Q2M", LocalDateTime.parse(localTime).atZone(PARIS).toInstant(), address);
    }
}
