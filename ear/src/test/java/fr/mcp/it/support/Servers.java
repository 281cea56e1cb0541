package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The Liberty servers of the integration tests, driven through the installation's {@code bin/server} script: the one
 * Maven starts ({@link It#SERVER_NAME}), killed and restarted, and a second server on the same database, created as a
 * copy of the first's configuration and application with ports of its own.
 */
public final class Servers {

    /** What a running server writes, not copied to a second server: logs, caches, its messaging store, its transaction log. */
    private static final List<String> OWN_STATE = List.of("logs", "workarea", "messaging", "tranlog");

    private Servers() {}

    public static Path directory(String name) {
        return It.WLP_DIR.resolve("usr/servers").resolve(name);
    }

    /**
     * Creates (or refreshes) a second server: the first one's configuration, application, drivers and keys, and its
     * bootstrap properties with other HTTP ports; none of its state.
     */
    public static void copy(String source, String target, int httpPort, int httpsPort) throws IOException {
        Path from = directory(source);
        Path to = directory(target);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path relative = from.relativize(path);
                if (relative.getNameCount() > 0
                        && OWN_STATE.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path copy = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Properties bootstrap = new Properties();
        try (var in = Files.newBufferedReader(to.resolve("bootstrap.properties"))) {
            bootstrap.load(in);
        }
        bootstrap.setProperty("http.port", Integer.toString(httpPort));
        bootstrap.setProperty("https.port", Integer.toString(httpsPort));
        bootstrap.setProperty("mcp.portal.url", "http://localhost:" + httpPort + "/");
        try (var out = Files.newBufferedWriter(to.resolve("bootstrap.properties"))) {
            bootstrap.store(out, "Second integration-test server, copied from " + source);
        }
    }

    /** Starts a server and waits until it is ready (readiness up) at its base URL. */
    public static void start(String name, String baseUrl) throws Exception {
        start(It.WLP_DIR, name, baseUrl);
    }

    /** Starts a server of another Liberty installation and waits until it is ready (readiness up) at its base URL. */
    public static void start(Path wlp, String name, String baseUrl) throws Exception {
        launch(wlp, name);
        awaitReady(name, baseUrl, Duration.ofSeconds(240));
    }

    /** Runs a server's start command (Liberty's own script), without waiting for the application. */
    public static void launch(Path wlp, String name) throws Exception {
        Process start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name)
                .inheritIO()
                .start();
        assertEquals(0, start.waitFor(), "server start command for " + name);
    }

    /** Waits until the server's readiness is up at its base URL; fails after the timeout. */
    public static void awaitReady(String name, String baseUrl, Duration timeout) {
        Facts.await(
                () -> Api.getAt(baseUrl, "/health/ready").status(),
                status -> status == 200,
                timeout,
                "server " + name + " ready at " + baseUrl);
    }

    /** Stops a server the normal way (its own stop command); a server already stopped is left as it is. */
    public static void stop(String name) throws Exception {
        stop(It.WLP_DIR, name);
    }

    /** Stops a server of another Liberty installation. */
    public static void stop(Path wlp, String name) throws Exception {
        Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                .inheritIO()
                .start();
        stop.waitFor();
    }

    /** Kills a server with SIGKILL, as a crash would: no shutdown hook, no transaction finished. */
    public static void kill(String name) throws IOException {
        Path pidFile = It.WLP_DIR.resolve("usr/servers/.pid/" + name + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle server =
                ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no server process " + pid));
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().join();
    }

    /** The readiness check of the campaigns' persistent tick on a server: how many ticks are stored, the next firing. */
    public static JsonObject campaignTicks(String baseUrl) throws IOException, InterruptedException {
        return Api.getAt(baseUrl, "/health/ready").json().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(check -> check.getString("name").equals("campaigns"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("data");
    }

    /** The lines of a server's messages.log that contain a text (to report what happened on it). */
    public static long logLinesWith(String name, String text) throws IOException {
        Path log = directory(name).resolve("logs/messages.log");
        if (!Files.exists(log)) {
            return 0;
        }
        // Latin-1 reads any byte: the text looked for is ASCII, the log may hold anything.
        return Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
                .filter(line -> line.contains(text))
                .count();
    }
}
