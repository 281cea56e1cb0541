package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readinessIsUpWithTheDatabaseMigratedTheMessagingEngineReachableAndOnePersistentCampaignTick()
            throws Exception {
        Api.Reply reply = Api.get("/health/ready");

        assertEquals(200, reply.status(), reply.body());
        JsonObject health = reply.json();
        assertEquals("UP", health.getString("status"));
        Map<String, JsonObject> checks = health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
        assertEquals("UP", checks.get("database").getString("status"));
        assertEquals(
                latestMigration(), checks.get("database").getJsonObject("data").getString("schemaVersion"));
        assertEquals("UP", checks.get("messaging").getString("status"));
        JsonObject campaigns = checks.get("campaigns");
        assertEquals("UP", campaigns.getString("status"), campaigns.toString());
        assertEquals(1, campaigns.getJsonObject("data").getInt("timers"), "one campaign tick, stored in the database");
        assertTrue(campaigns.getJsonObject("data").getBoolean("persistent"), campaigns.toString());
    }

    /** The highest version among the migration files of the EJB module. */
    private static String latestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../ejb/src/main/resources/db/migration"))) {
            return String.valueOf(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow());
        }
    }

    @Test
    void metricsAndOpenApiArePublished() throws Exception {
        assertEquals(200, Api.get("/metrics").status());
        Api.Reply openApi = Api.get("/openapi");
        assertEquals(200, openApi.status());
        assertTrue(openApi.body().contains("/api/v1/ops/mail-checks"), "the mail-check operation is documented");
        assertEquals(200, Api.get("/openapi/ui/").status());
    }
}
