package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every user reads and downloads their own connection history, and only theirs. */
class OwnConnectionsIT {

    @Test
    void aUserSeesTheirOwnFailedSignInAndAnotherUserDoesNot() throws Exception {
        long othersBefore = failures("CAFREV");
        long mineBefore = failures("ENFRESP");
        Reply wrong = Api.call("GET", "/api/v1/me/connections", null, "ENFRESP", "pas-le-bon-mot-de-passe");
        assertEquals(401, wrong.status());

        assertEquals(mineBefore + 1, failures("ENFRESP"), "the failed attempt is in the user's own history");
        assertEquals(othersBefore, failures("CAFREV"), "and in nobody else's");

        HttpResponse<byte[]> csv = Api.download("ENFRESP", "/api/v1/me/connections/export");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeffdate (heure de Paris);événement;adresse;navigateur"), text);
        assertTrue(text.contains(";LOGIN_FAILURE;"), text);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("mes-connexions-"));
    }

    @Test
    void aBadPeriodIsRefusedInFrenchAndAnonymousCallersAreNotServed() throws Exception {
        for (String bad : new String[] {"0", "367", "un-an"}) {
            Reply refused = Api.as("ENFRESP", "GET", "/api/v1/me/connections?days=" + bad, null);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.body().contains("entre 1 et 366"), refused.body());
        }
        assertEquals(401, Api.get("/api/v1/me/connections").status());
    }

    private static long failures(String login) throws Exception {
        Reply history = Api.as(login, "GET", "/api/v1/me/connections?days=2", null);
        assertEquals(200, history.status(), history.body());
        return history.jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("type").equals("LOGIN_FAILURE"))
                .count();
    }
}
