package fr.mcp.it.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where the integration-test server is, as set by ear/pom.xml. */
public final class It {

    public static final String BASE_URL = System.getProperty("it.baseUrl", "http://localhost:9180");
    public static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3125);
    public static final Path WLP_DIR = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    public static final String SERVER_NAME = System.getProperty("it.server.name", "mcp-it");
    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = "Demo-2026!";

    private It() {}

    public static String url(String path) {
        return BASE_URL + path;
    }

    /**
     * Today as the portal counts days (Paris). The test JVM's own zone may be a day behind: from 23:00 UTC in winter
     * (22:00 in summer) it is already tomorrow in Paris, and a search "from today to today" would miss what was just done.
     */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    /** A recipient address no other test uses. */
    public static String uniqueRecipient(String purpose) {
        return purpose + "-" + System.nanoTime() + "@it.mcp.test";
    }
}
