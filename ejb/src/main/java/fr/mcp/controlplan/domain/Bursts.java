package fr.mcp.controlplan.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Bursts in a time-ordered history: the first stretch no longer than a window whose items meet a condition, extended
 * to every item up to one window after its first one; the search goes on after the burst.
 */
public final class Bursts {

    private Bursts() {}

    public static <T> List<List<T>> of(
            List<T> history, Function<T, Instant> at, Duration window, Predicate<List<T>> reached) {
        List<List<T>> bursts = new ArrayList<>();
        int start = 0;
        for (int end = 0; end < history.size(); end++) {
            while (Duration.between(at.apply(history.get(start)), at.apply(history.get(end)))
                            .compareTo(window)
                    > 0) {
                start++;
            }
            if (reached.test(history.subList(start, end + 1))) {
                int last = end;
                while (last + 1 < history.size()
                        && Duration.between(at.apply(history.get(start)), at.apply(history.get(last + 1)))
                                        .compareTo(window)
                                <= 0) {
                    last++;
                }
                bursts.add(List.copyOf(history.subList(start, last + 1)));
                start = last + 1;
                end = last;
            }
        }
        return bursts;
    }
}
