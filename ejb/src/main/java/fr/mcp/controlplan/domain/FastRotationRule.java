package fr.mcp.controlplan.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Habilitations of one user granted and withdrawn repeatedly: at least {@code threshold} grants and as many withdrawals
 * within {@code window}; one finding per burst.
 */
public final class FastRotationRule {

    public static final String CODE = "FAST_ROTATION";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final int threshold;
    private final Duration window;
    private final String severity;
    private final ZoneId zone;

    public FastRotationRule(int threshold, Duration window, String severity, ZoneId zone) {
        if (threshold < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("threshold must be at least 1 and the window positive");
        }
        this.threshold = threshold;
        this.window = window;
        this.severity = severity;
        this.zone = zone;
    }

    /** @param history one user's changes, oldest first */
    public List<Finding> findings(List<HabilitationChange> history) {
        return Bursts.of(
                        history,
                        HabilitationChange::at,
                        window,
                        changes -> count(changes, true) >= threshold && count(changes, false) >= threshold)
                .stream()
                .map(this::burst)
                .toList();
    }

    private static long count(List<HabilitationChange> changes, boolean granted) {
        return changes.stream().filter(c -> c.granted() == granted).count();
    }

    private Finding burst(List<HabilitationChange> changes) {
        HabilitationChange first = changes.get(0);
        return new Finding(
                CODE,
                severity,
                first.login(),
                first.at(),
                changes.get(changes.size() - 1).at(),
                count(changes, true) + " attribution(s) et " + count(changes, false)
                        + " retrait(s) de droits en moins de " + window.toDays() + " jour(s)",
                changes.stream()
                        .map(c -> c.at().atZone(zone).format(TIME)
                                + (c.granted() ? " attribution : " : " retrait : ")
                                + c.what())
                        .toList());
    }
}
