package fr.mcp.controlplan.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One user signing in from at least {@code threshold} different client addresses within {@code window}: one finding per
 * burst (the first window that reaches the threshold, with every sign-in up to one window after its first one); the
 * search goes on after the burst.
 */
public final class ManyAddressesRule implements SignInRule {

    public static final String CODE = "MANY_ADDRESSES";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final int threshold;
    private final Duration window;
    private final String severity;
    private final ZoneId zone;

    public ManyAddressesRule(int threshold, Duration window, String severity, ZoneId zone) {
        if (threshold < 2 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("threshold must be at least 2 and the window positive");
        }
        this.threshold = threshold;
        this.window = window;
        this.severity = severity;
        this.zone = zone;
    }

    @Override
    public List<Finding> findings(List<SignIn> history) {
        return Bursts.of(
                        history,
                        SignIn::at,
                        window,
                        signIns ->
                                signIns.stream().map(SignIn::address).distinct().count() >= threshold)
                .stream()
                .map(this::burst)
                .toList();
    }

    private Finding burst(List<SignIn> signIns) {
        LinkedHashSet<String> addresses = new LinkedHashSet<>();
        signIns.forEach(s -> addresses.add(s.address()));
        return new Finding(
                CODE,
                severity,
                signIns.get(0).login(),
                signIns.get(0).at(),
                signIns.get(signIns.size() - 1).at(),
                addresses.size() + " adresses différentes en moins de " + window.toHours() + " h : "
                        + String.join(", ", addresses),
                signIns.stream()
                        .map(s -> s.at().atZone(zone).format(TIME) + " depuis " + s.address())
                        .toList());
    }
}
