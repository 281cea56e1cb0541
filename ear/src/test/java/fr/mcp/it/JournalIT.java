package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.It;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Caf administrator searches the Caf's journal across its sources and exports it; other Cafs' entries stay out. */
class JournalIT {

    private static final String JOURNAL = "/api/v1/audit/journal";

    @Test
    void anAdministrativeChangeIsFoundByActionUserAndPeriodAndExportedInCsv() throws Exception {
        String code = "JRN-" + (System.nanoTime() % 1_000_000_000L);
        Reply added = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/controls",
                "{\"code\":\"" + code + "\",\"facilityType\":\"MF\",\"declarationKinds\":[\"FORECAST\"],"
                        + "\"checkType\":\"ABOVE\",\"leftOperand\":\"fteActual\",\"threshold\":999,\"message\":\"Contrôle de test du journal.\",\"fromYear\":2099}");
        assertEquals(201, added.status(), added.body());
        String today = It.today().toString();

        List<JsonObject> rows = rows(JOURNAL + "?source=ADMIN&action=control_added&login=cafadm&from=" + today + "&to="
                + today + "&size=200");
        assertTrue(rows.stream().anyMatch(r -> r.getString("target").equals("Contrôle " + code)), rows.toString());
        assertTrue(
                rows.stream()
                        .allMatch(r -> r.getString("source").equals("ADMIN")
                                && r.getString("action").equals("CONTROL_ADDED")
                                && r.getString("login").equals("CAFADM")),
                rows.toString());
        assertEquals(
                List.of(),
                rows(JOURNAL + "?source=ADMIN&action=CONTROL_ADDED&from=2000-01-01&to=2000-12-31"),
                "another period");

        HttpResponse<byte[]> csv =
                Api.download("CAFADM", JOURNAL + "/export?source=ADMIN&action=CONTROL_ADDED&from=" + today);
        assertEquals(200, csv.statusCode());
        assertTrue(
                csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                csv.headers().toString());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("date;journal;utilisateur;action;partenaire;objet;détail;adresse"), text);
        assertTrue(text.contains(";ADMIN;CAFADM;CONTROL_ADDED;;Contrôle " + code + ";"), text);
    }

    @Test
    void securityEventsAreOnlyThoseOfTheCafsAccounts() throws Exception {
        assertEquals(
                200,
                Api.as("ENFADM", "GET", "/api/v1/users", null).status(),
                "a signed-in call of the commune's administrator");
        List<JsonObject> own = rows(JOURNAL + "?source=SECURITY&login=ENFADM&size=20");
        assertFalse(own.isEmpty(), "the commune's administrator's security events are the Yvelines Caf's");
        assertTrue(own.stream().allMatch(r -> r.getString("login").equalsIgnoreCase("ENFADM")), own.toString());
        assertEquals(
                List.of(),
                rows(JOURNAL + "?source=SECURITY&login=ASSADM"),
                "a Paris partner's user is not in the Yvelines journal");
        Reply paris = Api.as("PARADM", "GET", JOURNAL + "?login=ENFADM", null);
        assertEquals(200, paris.status());
        assertEquals(0, paris.json().getJsonArray("rows").size(), "nor the other way round");
    }

    @Test
    void badSearchesAreRefusedInFrenchAndOnlyCafAdministratorsSearch() throws Exception {
        for (String[] bad : List.of(
                new String[] {"?from=2026-13-01", "s'écrit AAAA-MM-JJ"},
                new String[] {"?from=2026-02-01&to=2026-01-01", "après sa date de fin"},
                new String[] {"?source=FOO", "Le journal « FOO » n'existe pas"},
                new String[] {"?page=99999&size=200", "précisez la recherche"},
                new String[] {"?size=500", "de 1 à 200 lignes"},
                new String[] {"?partnerId=abc", "identifiant numérique"})) {
            Reply reply = Api.as("CAFADM", "GET", JOURNAL + bad[0], null);
            assertEquals(400, reply.status(), bad[0] + ": " + reply.body());
            assertTrue(reply.body().contains(bad[1]), bad[0] + ": " + reply.body());
        }
        assertEquals(403, Api.as("CAFREV", "GET", JOURNAL, null).status());
        assertEquals(403, Api.download("ENFADM", JOURNAL + "/export").statusCode());
    }

    private static List<JsonObject> rows(String path) throws Exception {
        Reply reply = Api.as("CAFADM", "GET", path, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }
}
