package fr.mcp.controlplan.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Sign-ins far from the user's habit: once the user has at least {@code minHistory} sign-ins over the previous
 * {@code habitDays} before the day, a sign-in whose hour (local time) is at least {@code distanceHours} from every hour
 * of that habit is unusual for them, whatever the office hours; one finding per user and day.
 */
public final class HabitHoursRule implements SignInRule {

    public static final String CODE = "UNUSUAL_FOR_USER";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final int minHistory;
    private final Duration habit;
    private final int distanceHours;
    private final String severity;
    private final ZoneId zone;

    public HabitHoursRule(int minHistory, int habitDays, int distanceHours, String severity, ZoneId zone) {
        if (minHistory < 1 || habitDays < 1 || distanceHours < 1 || distanceHours > 12) {
            throw new IllegalArgumentException("a habit needs sign-ins over days, and a distance of 1 to 12 hours");
        }
        this.minHistory = minHistory;
        this.habit = Duration.ofDays(habitDays);
        this.distanceHours = distanceHours;
        this.severity = severity;
        this.zone = zone;
    }

    @Override
    public List<Finding> findings(List<SignIn> history) {
        Map<LocalDate, List<SignIn>> byDay = new LinkedHashMap<>();
        Map<LocalDate, TreeSet<Integer>> habitByDay = new LinkedHashMap<>();
        int start = 0;
        for (SignIn signIn : history) {
            LocalDate day = signIn.at().atZone(zone).toLocalDate();
            while (Duration.between(history.get(start).at(), signIn.at()).compareTo(habit) > 0) {
                start++;
            }
            List<SignIn> before = history.subList(start, history.size()).stream()
                    .takeWhile(past -> past.at().atZone(zone).toLocalDate().isBefore(day))
                    .toList();
            if (before.size() < minHistory) {
                continue;
            }
            TreeSet<Integer> hours = new TreeSet<>();
            before.forEach(past -> hours.add(hour(past)));
            int hour = hour(signIn);
            if (hours.stream().allMatch(h -> distance(h, hour) >= distanceHours)) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(signIn);
                habitByDay.putIfAbsent(day, hours);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byDay.forEach((day, unusual) -> findings.add(new Finding(
                CODE,
                severity,
                unusual.get(0).login(),
                unusual.get(0).at(),
                unusual.get(unusual.size() - 1).at(),
                unusual.size() + " connexion(s) loin des habitudes de l'utilisateur (heures habituelles : "
                        + String.join(
                                ", ",
                                habitByDay.get(day).stream().map(h -> h + " h").toList()) + ")",
                unusual.stream()
                        .map(s -> s.at().atZone(zone).format(TIME) + " depuis " + s.address())
                        .toList())));
        return findings;
    }

    private int hour(SignIn signIn) {
        return signIn.at().atZone(zone).getHour();
    }

    private static int distance(int a, int b) {
        int d = Math.abs(a - b);
        return Math.min(d, 24 - d);
    }
}
