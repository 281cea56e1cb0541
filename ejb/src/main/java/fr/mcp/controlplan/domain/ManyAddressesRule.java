package fr.mcp.controlplan.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

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
        List<Finding> findings = new ArrayList<>();
        int start = 0;
        Map<String, Integer> inWindow = new HashMap<>();
        for (int end = 0; end < history.size(); end++) {
            inWindow.merge(history.get(end).address(), 1, Integer::sum);
            while (Duration.between(history.get(start).at(), history.get(end).at()).compareTo(window) > 0) {
                inWindow.merge(history.get(start).address(), -1, Integer::sum);
                inWindow.remove(history.get(start).address(), 0);
                start++;
            }
            if (inWindow.size() >= threshold) {
                int last = end;
                while (last + 1 < history.size() && Duration.between(history.get(start).at(), history.get(last + 1).at()).compareTo(window) <= 0) {
                    last++;
                }
                findings.add(burst(history.subList(start, last + 1)));
                start = last + 1;
                end = last;
                inWindow.clear();
            }
        }
        return findings;
    }

    private Finding burst(List<SignIn> signIns) {
        LinkedHashSet<String> addresses = new LinkedHashSet<>();
        signIns.forEach(s -> addresses.add(s.address()));
        return new Finding(CODE, severity, signIns.get(0).login(), signIns.get(0).at(), signIns.get(signIns.size() - 1).at(),
                addresses.size() + " adresses différentes en moins de " + window.toHours() + " h : " + String.join(", ", addresses),
                signIns.stream().map(s -> s.at().atZone(zone).format(TIME) + " depuis " + s.address()).toList());
    }
}
