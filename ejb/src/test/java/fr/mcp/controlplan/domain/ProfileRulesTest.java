package fr.mcp.controlplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Synthetic habilitation histories and memberships: fast rotation, users in many groups, crowded groups. */
class ProfileRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final FastRotationRule rotation = new FastRotationRule(3, Duration.ofDays(30), "MEDIUM", PARIS);

    @Test
    void aNormalYearOfHabilitationsRaisesNothing() {
        List<HabilitationChange> history = normalYear();

        assertEquals(List.of(), rotation.findings(history));
    }

    @Test
    void threeGrantsAndThreeWithdrawalsWithinAMonthRaiseOneFindingWithEachChange() {
        List<HabilitationChange> history = new ArrayList<>(normalYear());
        history.add(change("2026-06-02T09:00", true, "APPROVER sur Crèche A"));
        history.add(change("2026-06-02T17:00", false, "APPROVER sur Crèche A"));
        history.add(change("2026-06-09T09:00", true, "APPROVER sur Crèche A"));
        history.add(change("2026-06-10T09:00", false, "APPROVER sur Crèche A"));
        history.add(change("2026-06-20T09:00", true, "groupe Déclarer"));
        history.add(change("2026-06-25T09:00", false, "groupe Déclarer"));
        history.sort((a, b) -> a.at().compareTo(b.at()));

        List<Finding> findings = rotation.findings(history);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(
                "3 attribution(s) et 3 retrait(s) de droits en moins de 30 jour(s)",
                findings.get(0).summary());
        assertEquals(
                "02/06/2026 09:00 attribution : APPROVER sur Crèche A",
                findings.get(0).evidence().get(0));
        assertEquals(
                "25/06/2026 09:00 retrait : groupe Déclarer",
                findings.get(0).evidence().get(5));
        assertEquals("jdupont", findings.get(0).subject());
    }

    @Test
    void theSameChangesSpreadOverThreeMonthsRaiseNothing() {
        List<HabilitationChange> history = List.of(
                change("2026-03-01T09:00", true, "FDA"), change("2026-03-20T09:00", false, "FDA"),
                change("2026-04-15T09:00", true, "FDA"), change("2026-05-05T09:00", false, "FDA"),
                change("2026-06-01T09:00", true, "FDA"), change("2026-06-25T09:00", false, "FDA"));

        assertEquals(List.of(), rotation.findings(history));
    }

    @Test
    void manyGrantsWithoutWithdrawalAreNotARotation() {
        List<HabilitationChange> history = List.of(
                change("2026-06-01T09:00", true, "FDA site 1"),
                change("2026-06-01T09:01", true, "FDA site 2"),
                change("2026-06-01T09:02", true, "FDA site 3"),
                change("2026-06-01T09:03", true, "FDA site 4"),
                change("2026-06-02T09:00", false, "FDA site 4"));

        assertEquals(List.of(), rotation.findings(history));
    }

    @Test
    void aUserInAsManyGroupsAsTheThresholdIsRaisedWithTheGroupsAndOneBelowIsNot() {
        CountRule groups = new CountRule(CountRule.MANY_GROUPS, 4, "MEDIUM", "groupes");

        List<Finding> findings =
                groups.findings(Map.of("adupont", List.of("D", "A", "C", "B"), "bmartin", List.of("A", "B", "C")));

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("adupont", findings.get(0).subject());
        assertEquals(List.of("A", "B", "C", "D"), findings.get(0).evidence());
        assertEquals("4 groupes (seuil : 4)", findings.get(0).summary());
    }

    @Test
    void aStateFindingKeepsItsFingerprintWhileTheStateIsTheSameAndChangesWithIt() {
        CountRule groups = new CountRule(CountRule.MANY_GROUPS, 2, "MEDIUM", "groupes");
        String first =
                groups.findings(Map.of("adupont", List.of("A", "B"))).get(0).fingerprint();

        assertEquals(
                first,
                groups.findings(Map.of("adupont", List.of("B", "A"))).get(0).fingerprint());
        assertNotEquals(
                first,
                groups.findings(Map.of("adupont", List.of("A", "B", "C")))
                        .get(0)
                        .fingerprint());
    }

    @Test
    void impossibleThresholdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CountRule(CountRule.CROWDED_GROUP, 1, "LOW", "membres"));
        assertThrows(IllegalArgumentException.class, () -> new FastRotationRule(0, Duration.ofDays(30), "LOW", PARIS));
        assertThrows(IllegalArgumentException.class, () -> new FastRotationRule(3, Duration.ZERO, "LOW", PARIS));
    }

    private static List<HabilitationChange> normalYear() {
        return List.of(
                change("2026-01-05T10:00", true, "groupe Déclarer"),
                change("2026-01-05T10:05", true, "FDA sur Crèche A"),
                change("2026-03-10T11:00", true, "FDF sur Crèche A"),
                change("2026-09-01T09:00", false, "FDA sur Crèche A"),
                change("2026-09-01T09:10", true, "FDA sur Crèche B"));
    }

    private static HabilitationChange change(String parisTime, boolean granted, String what) {
        return new HabilitationChange(
                "jdupont", LocalDateTime.parse(parisTime).atZone(PARIS).toInstant(), granted, what);
    }
}
