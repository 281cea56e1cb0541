package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** The security journal of the demo Caf, as its administrator (CAFADM) reads it through the API. */
public final class SecurityJournal {

    private SecurityJournal() {}

    /** The latest 200 events of that action about that login, newest first. */
    public static List<JsonObject> events(String login, String action) throws Exception {
        Api.Reply reply = Api.as(
                "CAFADM",
                "GET",
                "/api/v1/audit/journal?source=SECURITY&login=" + login + "&action=" + action + "&size=200",
                null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    /** How many of those failed sign-ins were a wrong password (not a delay, a lock or an unknown account). */
    public static long wrongPasswords(String login) throws Exception {
        return events(login, "LOGIN_FAILURE").stream()
                .filter(e -> "wrong password".equals(e.getString("detail", "")))
                .count();
    }
}
