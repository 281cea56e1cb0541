package fr.mcp.controlplan.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sign-ins outside the usual hours (local time in [{@code fromHour}, {@code toHour}[ is usual): one finding per user and
 * day that has any, with the times as evidence.
 */
public final class UnusualHoursRule implements SignInRule {

    public static final String CODE = "UNUSUAL_HOURS";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final int fromHour;
    private final int toHour;
    private final String severity;
    private final ZoneId zone;

    public UnusualHoursRule(int fromHour, int toHour, String severity, ZoneId zone) {
        if (fromHour < 0 || toHour > 24 || fromHour >= toHour) {
            throw new IllegalArgumentException("usual hours must satisfy 0 <= from < to <= 24");
        }
        this.fromHour = fromHour;
        this.toHour = toHour;
        this.severity = severity;
        this.zone = zone;
    }

    @Override
    public List<Finding> findings(List<SignIn> history) {
        Map<LocalDate, List<SignIn>> byDay = new LinkedHashMap<>();
        for (SignIn signIn : history) {
            ZonedDateTime local = signIn.at().atZone(zone);
            if (local.getHour() < fromHour || local.getHour() >= toHour) {
                byDay.computeIfAbsent(local.toLocalDate(), d -> new ArrayList<>())
                        .add(signIn);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byDay.forEach((day, unusual) -> findings.add(new Finding(
                CODE,
                severity,
                unusual.get(0).login(),
                unusual.get(0).at(),
                unusual.get(unusual.size() - 1).at(),
                unusual.size() + " connexion(s) hors des heures habituelles (" + fromHour + " h – " + toHour + " h)",
                unusual.stream()
                        .map(s -> s.at().atZone(zone).format(TIME) + " depuis " + s.address())
                        .toList())));
        return findings;
    }
}
