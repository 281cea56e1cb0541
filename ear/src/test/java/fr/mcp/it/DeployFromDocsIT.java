package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Facts;
import fr.mcp.it.support.It;
import fr.mcp.it.support.Servers;
import fr.mcp.it.support.TcpProxy;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * An administrator's install, as docs/operations.md describes it and nothing more: a fresh Open Liberty runtime
 * unzipped, {@code bin/server create}, the EAR and the documented includes copied, the page's {@code server.xml}
 * written as it stands, the server's {@code server.env} written from {@code production.env.example} with this
 * machine's database, relay and ports, the PostgreSQL driver where the page says, and the server started by Liberty's
 * own script: it must become ready on PostgreSQL with the demonstration off. The page and the example must also name
 * every setting the includes declare, so that none is left to find in the sources. (PostgreSQL run only: the page
 * deploys on PostgreSQL. CI gives it an empty database of its own, {@code MCP_IT_DOCS_DB_NAME}; elsewhere it shares
 * the run's.)
 */
@EnabledIfSystemProperty(
        named = "it.db.kind",
        matches = "postgresql",
        disabledReason = "the documented install is on PostgreSQL (PostgreSQL run)")
class DeployFromDocsIT {

    private static final Path PROJECT = Path.of(System.getProperty("it.project.dir", ".."));
    private static final Path OPERATIONS = PROJECT.resolve("docs/operations.md");
    private static final Path INCLUDES = PROJECT.resolve("liberty-config/config/includes");
    private static final Path ENV_EXAMPLE = PROJECT.resolve("liberty-config/environments/production.env.example");
    private static final Path WORK = Path.of(System.getProperty("it.docs.dir", "target/docs-deploy"));
    private static final String SERVER = "mcp";
    private static final int HTTP_PORT = Integer.getInteger("it.docs.http.port", 9182);
    private static final int HTTPS_PORT = Integer.getInteger("it.docs.https.port", 9545);
    private static final Pattern SERVER_XML =
            Pattern.compile("(?s)<!-- deploy:server\\.xml[^>]*-->\\s*```xml\\n(.*?)```");
    /** A line of Liberty's messages.log at the error level (" E CWWKZ0002E: …"). */
    private static final Pattern ERROR = Pattern.compile(" E [A-Z]{4,5}\\d{4}E:");

    private static final Pattern JVM_OPTIONS =
            Pattern.compile("(?s)<!-- deploy:jvm\\.options[^>]*-->\\s*```\\n(.*?)```");
    private static final Pattern VARIABLE = Pattern.compile("<variable name=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-z][a-zA-Z0-9.]*)}");

    /**
     * Started while its database is down (the address refuses connections), the application starts all the same and
     * says why it is not ready, and an API call is answered 503 (to try again later), not refused as a wrong password;
     * once the database answers it migrates the schema, creates the campaigns' persistent
     * tick and becomes ready by itself (the migration is tried again every 15 s). An outage once it runs is answered
     * 503 too, and the server is ready again when the database is back.
     */
    @Test
    void aFreshLibertyConfiguredByTheOperationsPageAloneStartsWhileItsDatabaseIsDownAndBecomesReadyWhenItAnswers()
            throws Exception {
        String page = Files.readString(OPERATIONS);
        Matcher block = SERVER_XML.matcher(page);
        assertTrue(block.find(), "docs/operations.md shows the server.xml to write (block marked deploy:server.xml)");

        Path wlp = freshRuntime();
        run(wlp.resolve("bin/server").toString(), "create", SERVER);
        Path server = wlp.resolve("usr/servers").resolve(SERVER);
        Files.writeString(server.resolve("server.xml"), block.group(1));
        Matcher jvm = JVM_OPTIONS.matcher(page);
        assertTrue(jvm.find(), "docs/operations.md shows the jvm.options to write (block marked deploy:jvm.options)");
        Files.writeString(server.resolve("jvm.options"), jvm.group(1));
        copyFolder(INCLUDES, server.resolve("includes"));
        Files.createDirectories(server.resolve("apps"));
        Files.copy(Path.of(System.getProperty("it.ear", "target/mcp.ear")), server.resolve("apps/mcp.ear"));
        Files.createDirectories(server.resolve("jdbc"));
        Files.copy(
                It.WLP_DIR.resolve("usr/servers").resolve(It.SERVER_NAME).resolve("jdbc/postgresql.jar"),
                server.resolve("jdbc/postgresql.jar"));

        String base = "http://localhost:" + HTTP_PORT;
        TcpProxy database = new TcpProxy(System.getenv("MCP_DB_HOST"), Integer.parseInt(System.getenv("MCP_DB_PORT")));
        try {
            Files.writeString(server.resolve("server.env"), serverEnv(database.port()), StandardCharsets.UTF_8);
            Servers.launch(wlp, SERVER);
            JsonObject down = Facts.await(
                            () -> Api.getAt(base, "/health/ready"),
                            r -> (r.status() == 503 || r.status() == 200)
                                    && !r.json().getJsonArray("checks").isEmpty(),
                            Duration.ofSeconds(240),
                            "the application started and says why it is not ready")
                    .json();
            assertEquals("DOWN", down.getString("status"), down.toString());
            assertTrue(down.toString().contains("Connection"), "the reason names the connection: " + down);

            Api.Reply call = Api.callAt(base, "GET", "/api/v1/partners", null, "CAFADM", "Un-mot-de-passe-1!");
            assertEquals(503, call.status(), "no account can be read: unavailable, not refused: " + call.body());
            assertTrue(call.body().contains("momentanément indisponible"), call.body());
            assertEquals("60", call.raw().headers().firstValue("Retry-After").orElse(""), "when to try again");

            database.open();
            Instant back = Instant.now();
            Servers.awaitReady(SERVER, base, Duration.ofSeconds(120));
            System.out.println("DeployFromDocsIT: ready "
                    + Duration.between(back, Instant.now()).toSeconds() + " s after the database answered");
            Api.Reply ready = Api.getAt(base, "/health/ready");
            assertEquals("UP", ready.json().getString("status"), ready.body());
            Api.Reply signIn = Api.getAt(base, "/connexion.xhtml");
            assertEquals(200, signIn.status());
            assertTrue(signIn.body().contains("lang=\"fr\""), "the portal's sign-in page, in French");
            assertEquals(404, Api.getAt(base, "/demo/boite-mail.xhtml").status(), "no demo mailbox in production");
            List<String> errors =
                    Files.readAllLines(server.resolve("logs/messages.log"), StandardCharsets.ISO_8859_1).stream()
                            .filter(line -> ERROR.matcher(line).find())
                            .toList();
            assertTrue(
                    errors.isEmpty(), "no error at start (configuration, application):\n" + String.join("\n", errors));

            // An outage once running: the pool's connections break, the database refuses new ones.
            database.close();
            Api.Reply duringOutage = Api.callAt(base, "GET", "/api/v1/partners", null, "CAFADM", "Un-mot-de-passe-1!");
            assertEquals(503, duringOutage.status(), "unavailable, not refused: " + duringOutage.body());
            assertTrue(duringOutage.body().contains("momentanément indisponible"), duringOutage.body());
            database.open();
            Servers.awaitReady(SERVER, base, Duration.ofSeconds(120));
        } finally {
            Servers.stop(wlp, SERVER);
            database.close();
        }
    }

    /** Every variable the includes declare or use is in the page's table, and the example's names resolve to them. */
    @Test
    void theOperationsPageNamesEverySettingTheIncludesDeclare() throws Exception {
        String page = Files.readString(OPERATIONS);
        Set<String> settings = new TreeSet<>();
        try (Stream<Path> files = Files.list(INCLUDES)) {
            for (Path file : files.toList()) {
                String xml = Files.readString(file);
                collect(VARIABLE.matcher(xml), settings);
                collect(REFERENCE.matcher(xml), settings);
            }
        }
        settings.removeIf(name -> name.startsWith("server.") || name.equals("mcp.derby.dir"));
        settings.remove("mcp.session.ltpaMinutes"); // computed from mcp.session.maxMinutes
        List<String> missing = new ArrayList<>();
        for (String setting : settings) {
            String last = setting.substring(setting.lastIndexOf('.') + 1);
            if (!page.contains("`" + setting + "`") && !page.contains("…" + last + "`")) {
                missing.add(setting);
            }
        }
        assertTrue(missing.isEmpty(), "settings of the includes missing from docs/operations.md: " + missing);
        List<String> unknown = new ArrayList<>();
        for (String name : exampleVariables().keySet()) {
            if (settings.stream().noneMatch(setting -> environmentName(setting).equals(name))) {
                unknown.add(name);
            }
        }
        assertTrue(unknown.isEmpty(), "production.env.example names no setting of the includes: " + unknown);
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    /** The example's variables, with this machine's database, relay, ports and address instead of the examples. */
    private static String serverEnv(int databasePort) throws IOException {
        Map<String, String> values = exampleVariables();
        Map<String, String> here = new LinkedHashMap<>();
        here.put("HTTP_PORT", Integer.toString(HTTP_PORT));
        here.put("HTTPS_PORT", Integer.toString(HTTPS_PORT));
        here.put("MCP_HTTP_HOST", "localhost");
        here.put("MCP_PORTAL_URL", "http://localhost:" + HTTP_PORT + "/");
        for (String db : List.of("MCP_DB_USER", "MCP_DB_PASSWORD")) {
            here.put(db, System.getenv(db));
        }
        // Through the test's proxy, which stands for a database down, then back.
        here.put("MCP_DB_HOST", "localhost");
        here.put("MCP_DB_PORT", Integer.toString(databasePort));
        // An empty database of its own where one is given (CI), as a new install has; else the run's database.
        here.put("MCP_DB_NAME", System.getenv().getOrDefault("MCP_IT_DOCS_DB_NAME", System.getenv("MCP_DB_NAME")));
        here.put("MCP_DB_SSLMODE", "disable");
        here.put("MCP_SMTP_HOST", "localhost");
        here.put("MCP_SMTP_PORT", Integer.toString(It.SMTP_PORT));
        here.put("MCP_SMTP_AUTH", "false");
        here.put("MCP_SMTP_STARTTLS", "false");
        here.put("MCP_SMTP_USER", "");
        here.put("MCP_SMTP_PASSWORD", "");
        here.put("MCP_COOKIE_SECURE", "false"); // plain HTTP on localhost, no proxy in front
        here.put("MCP_LOG_FORMAT", "SIMPLE"); // read by the test
        for (String name : here.keySet()) {
            assertTrue(values.containsKey(name), "production.env.example gives " + name);
        }
        values.putAll(here);
        StringBuilder env = new StringBuilder();
        values.forEach(
                (name, value) -> env.append(name).append('=').append(value).append('\n'));
        return env.toString();
    }

    private static Map<String, String> exampleVariables() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ENV_EXAMPLE)) {
            int equals = line.indexOf('=');
            if (!line.startsWith("#") && equals > 0) {
                values.put(
                        line.substring(0, equals).trim(),
                        line.substring(equals + 1).trim());
            }
        }
        return values;
    }

    /** Liberty's environment form of a variable: dots as underscores, upper case. */
    private static String environmentName(String setting) {
        return setting.replace('.', '_').toUpperCase();
    }

    /** The Open Liberty runtime of the build, unzipped afresh (the zip Maven fetched). */
    private static Path freshRuntime() throws Exception {
        if (Files.exists(WORK)) {
            run("rm", "-rf", WORK.toString());
        }
        Files.createDirectories(WORK);
        run("unzip", "-q", System.getProperty("it.liberty.runtime.zip"), "-d", WORK.toString());
        return WORK.resolve("wlp");
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }
}
