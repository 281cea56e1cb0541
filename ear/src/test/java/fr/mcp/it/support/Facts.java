package fr.mcp.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Waits until a fact the server states (read by {@code read}) meets a condition, reading it again every 200 ms, as the
 * browser tests wait on the page (Selenium's {@link FluentWait}); fails with the last value read when it never does.
 */
public final class Facts {

    private Facts() {}

    /** A read; a failed connection (the server not up yet) is tried again, anything else fails the wait. */
    private static <T> T read(Callable<T> reader) {
        try {
            return reader.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T await(Callable<T> read, Predicate<T> condition, Duration patience, String what) {
        Object[] last = new Object[1];
        try {
            return new FluentWait<>(read)
                    .withTimeout(patience)
                    .pollingEvery(Duration.ofMillis(200))
                    .ignoring(UncheckedIOException.class)
                    .until(reader -> {
                        T value = read(reader);
                        last[0] = value;
                        return condition.test(value) ? value : null;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError(
                    what + " not seen within " + patience.toSeconds() + " s; last read: " + last[0], e);
        }
    }
}
