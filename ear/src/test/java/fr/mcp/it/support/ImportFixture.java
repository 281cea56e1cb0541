package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;

/** Imports for a test: the demo software account ENFLOG made FDI on a facility, and API tokens for it. */
public final class ImportFixture {

    public static final String SOFTWARE = "ENFLOG";

    private ImportFixture() {}

    /** ENFLOG becomes the facility's import provider (FDI) from today. */
    public static void makeImporter(long facilityId) throws Exception {
        long account = -1;
        for (JsonValue value :
                Api.as("ENFADM", "GET", "/api/v1/users?size=200", null).json().getJsonArray("rows")) {
            if (SOFTWARE.equals(value.asJsonObject().getString("login"))) {
                account = value.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        Api.Reply reply = Api.as(
                "ENFRESP",
                "POST",
                "/api/v1/assignments",
                "{\"accountId\":" + account + ",\"role\":\"FDI\",\"facilityId\":" + facilityId + ",\"startsOn\":\""
                        + LocalDate.now() + "\"}");
        assertEquals(201, reply.status(), reply.body());
    }

    /** A new token of ENFLOG: the created token's JSON (id, secret…). */
    public static JsonObject token(String scope) throws Exception {
        Api.Reply created = Api.as(
                SOFTWARE,
                "POST",
                "/api/v1/me/tokens",
                "{\"name\":\"Logiciel enfance " + System.nanoTime() + "\",\"scope\":\"" + scope + "\",\"expiresOn\":\""
                        + LocalDate.now().plusDays(30) + "\"}");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }
}
