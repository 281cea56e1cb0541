package fr.mcp.campaign.application.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The names (timer infos) of the campaigns' persistent ticks, and which ticks are one too many. A name says the period,
 * when the tick was created and a unique mark: "campaigns every 2000 ms since 2026-11-24T20:00:00.000Z #…". Two servers
 * starting together on a new database may each create a tick; both then find the same surplus (every tick of another
 * period, and every tick of this period but the one whose name sorts first: the oldest), so whichever server fires next
 * cancels the same ones and one tick is left.
 */
public final class TickNames {

    static final String PREFIX = "campaigns";
    /** Fixed width, so that names sort as their creation times do (Instant.toString drops a zero fraction). */
    private static final DateTimeFormatter SINCE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private TickNames() {}

    /** A new tick's name. */
    public static String create(long periodMillis, Instant now) {
        return base(periodMillis) + " since " + SINCE.format(now) + " #" + UUID.randomUUID();
    }

    /** Whether a timer's info names a campaign tick (of any period). */
    public static boolean isTick(Object info) {
        return info instanceof String name && name.startsWith(PREFIX + " ");
    }

    /**
     * The ticks to cancel among the campaign ticks stored: those of another period, and those of this period named after
     * the first one. Ticks named alike (an older version named them by their period only) are kept: they cannot be told
     * apart, so no server could be sure to keep the same one.
     */
    public static <T> List<T> surplus(List<T> ticks, Function<T, String> name, long periodMillis) {
        String base = base(periodMillis);
        List<T> current =
                ticks.stream().filter(tick -> ofPeriod(name.apply(tick), base)).toList();
        String first = current.stream().map(name).min(String::compareTo).orElse(null);
        return ticks.stream()
                .filter(tick -> !current.contains(tick) || !name.apply(tick).equals(first))
                .toList();
    }

    private static boolean ofPeriod(String name, String base) {
        return name.equals(base) || name.startsWith(base + " ");
    }

    private static String base(long periodMillis) {
        return PREFIX + " every " + periodMillis + " ms";
    }
}
