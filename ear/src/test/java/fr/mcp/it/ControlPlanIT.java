package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.ControlPlanFixture;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The control plan's findings on real data: the habilitation rules raise a user put in many groups and shuffled in and
 * out of one, each finding once however many runs; officers of the Caf assign, comment and close them; a finding
 * closed twice, a stale version, another Caf's officer and other roles are refused.
 */
class ControlPlanIT {

    @BeforeAll
    static void smtpUp() {
        TestMailServer.ensureStarted();
    }

    @Test
    void aUserInManyGroupsAndShuffledInAndOutIsRaisedOnceByEachRuleWithTheEvidence() throws Exception {
        ControlPlanFixture fixture = ControlPlanFixture.create();

        List<JsonObject> findings = fixture.detectAndFind();

        assertEquals(
                List.of("FAST_ROTATION", "MANY_GROUPS"),
                findings.stream().map(f -> f.getString("rule")).sorted().toList(),
                findings.toString());
        JsonObject manyGroups = findings.stream()
                .filter(f -> f.getString("rule").equals("MANY_GROUPS"))
                .findFirst()
                .orElseThrow();
        assertEquals("4 groupes (seuil : 4)", manyGroups.getString("summary"));
        JsonObject detail = Api.as(
                        "CAFADM", "GET", "/api/v1/control-plan/findings/" + manyGroups.getJsonNumber("id"), null)
                .json();
        assertEquals(
                fixture.groups().stream()
                        .map(g -> "Groupe « " + g + " » de Commune de Saint-Cyr-l'École")
                        .toList(),
                detail.getJsonArray("evidence").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals(fixture.login(), detail.getString("accountLogin"));
        assertEquals("OPEN", detail.getString("accountStatus"));
        JsonObject rotation = findings.stream()
                .filter(f -> f.getString("rule").equals("FAST_ROTATION"))
                .findFirst()
                .orElseThrow();
        List<String> changes = Api.as(
                        "CAFADM", "GET", "/api/v1/control-plan/findings/" + rotation.getJsonNumber("id"), null)
                .json()
                .getJsonArray("evidence")
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList();
        assertEquals(
                3,
                changes.stream()
                        .filter(c -> c.contains(
                                " retrait : groupe " + fixture.groups().get(0)))
                        .count(),
                changes.toString());

        assertEquals(2, fixture.detectAndFind().size(), "a second run raises nothing new");
    }

    @Test
    void officersAssignCommentAndCloseOnceAndEveryoneElseIsRefused() throws Exception {
        ControlPlanFixture fixture = ControlPlanFixture.create();
        JsonObject finding = fixture.detectAndFind().stream()
                .filter(f -> f.getString("rule").equals("FAST_ROTATION"))
                .findFirst()
                .orElseThrow();
        String path = "/api/v1/control-plan/findings/" + finding.getJsonNumber("id");
        long version = finding.getJsonNumber("version").longValue();

        assertEquals(
                204,
                Api.as("CAFADM", "PUT", path + "/assignee", "{\"version\":" + version + "}")
                        .status());
        Reply stale = Api.as(
                "CAFADM", "POST", path + "/closing", "{\"version\":" + version + ",\"text\":\"Réorganisation\"}");
        assertEquals(409, stale.status(), "read before the assignment: " + stale.body());
        assertEquals(
                201,
                Api.as(
                                "CAFADM",
                                "POST",
                                path + "/comments",
                                "{\"text\":\"Appel du partenaire : réorganisation des équipes.\"}")
                        .status());
        Reply noReason =
                Api.as("CAFADM", "POST", path + "/closing", "{\"version\":" + (version + 1) + ",\"text\":\" \"}");
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("Le motif est obligatoire"), noReason.body());
        Reply closed = Api.as(
                "CAFADM",
                "POST",
                path + "/closing",
                "{\"version\":" + (version + 1) + ",\"text\":\"Réorganisation confirmée\"}");
        assertEquals(204, closed.status(), closed.body());
        Reply twice =
                Api.as("CAFADM", "POST", path + "/closing", "{\"version\":" + (version + 2) + ",\"text\":\"Encore\"}");
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.body().contains("déjà clos (Close : légitime par CAFADM)"), twice.body());

        JsonObject detail = Api.as("CAFADM", "GET", path, null).json();
        assertEquals("LEGITIMATE", detail.getJsonObject("finding").getString("status"));
        assertEquals("CAFADM", detail.getJsonObject("finding").getString("assignee"));
        assertEquals(
                "Appel du partenaire : réorganisation des équipes.",
                detail.getJsonArray("notes").getJsonObject(0).getString("text"));
        assertEquals("Réorganisation confirmée", detail.getString("outcome"));
        assertTrue(
                Api.as("CAFADM", "GET", "/api/v1/audit/journal?action=FINDING_CLOSED&size=200", null)
                        .body()
                        .contains("constat " + finding.getJsonNumber("id")),
                "the closing is in the journal");

        assertEquals(404, Api.as("PARADM", "GET", path, null).status(), "another Caf's officer does not see it");
        assertEquals(
                404,
                Api.as(
                                "PARADM",
                                "POST",
                                path + "/user-suspension",
                                "{\"version\":" + (version + 2) + ",\"text\":\"x\"}")
                        .status());
        assertEquals(
                403,
                Api.as("CAFREV", "GET", "/api/v1/control-plan/findings", null).status());
        assertEquals(
                403,
                Api.as("ENFADM", "POST", "/api/v1/control-plan/detection-runs", null)
                        .status());
        Reply badFilter = Api.as("CAFADM", "GET", "/api/v1/control-plan/findings?status=PERDU", null);
        assertEquals(400, badFilter.status());
        assertTrue(badFilter.body().contains("Filtre inconnu : PERDU"), badFilter.body());
    }

    @Test
    void impossibleRuleParametersAreRefusedInFrenchAndNothingIsStoredWhileAValidFutureVersionIsKept() throws Exception {
        int before = Api.as("CAFADM", "GET", "/api/v1/control-plan/rules", null)
                .jsonArray()
                .size();
        Reply impossible = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/control-plan/rules",
                "{\"code\":\"MANY_ADDRESSES\",\"validFrom\":\"2020-01-01\","
                        + "\"threshold\":1,\"windowHours\":0,\"severity\":\"URGENT\",\"label\":\"\"}");
        assertEquals(400, impossible.status(), impossible.body());
        for (String message : List.of(
                "à partir d'aujourd'hui ou d'une date à venir",
                "Le seuil de la règle MANY_ADDRESSES est un entier entre 2 et 50",
                "La fenêtre de la règle MANY_ADDRESSES est comprise entre 1 et 720 heures",
                "La gravité est LOW, MEDIUM ou HIGH",
                "Le libellé de la règle est obligatoire")) {
            assertTrue(impossible.body().contains(message), message + " in " + impossible.body());
        }
        Reply hours = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/control-plan/rules",
                "{\"code\":\"UNUSUAL_HOURS\",\"validFrom\":\"2090-01-01\","
                        + "\"threshold\":1,\"hourFrom\":22,\"hourTo\":6,\"severity\":\"LOW\",\"label\":\"Nuit\"}");
        assertTrue(hours.body().contains("le début avant la fin"), hours.body());
        Reply unknown =
                Api.as("CAFADM", "POST", "/api/v1/control-plan/rules", "{\"code\":\"TELEPATHY\",\"threshold\":1}");
        assertTrue(unknown.body().contains("Règle inconnue : TELEPATHY"), unknown.body());
        assertEquals(
                before,
                Api.as("CAFADM", "GET", "/api/v1/control-plan/rules", null)
                        .jsonArray()
                        .size(),
                "nothing stored");

        String day =
                LocalDate.of(2090, 1, 1).plusDays(System.nanoTime() % 20_000).toString();
        String valid = "{\"code\":\"MANY_GROUPS\",\"validFrom\":\"" + day
                + "\",\"threshold\":6,\"severity\":\"HIGH\",\"label\":\"Au moins 6 groupes\"}";
        assertEquals(
                201,
                Api.as("CAFADM", "POST", "/api/v1/control-plan/rules", valid).status());
        Reply again = Api.as("CAFADM", "POST", "/api/v1/control-plan/rules", valid);
        assertEquals(400, again.status());
        assertTrue(again.body().contains("Une version de la règle MANY_GROUPS commence déjà le " + day), again.body());
        assertEquals(
                before + 1,
                Api.as("CAFADM", "GET", "/api/v1/control-plan/rules", null)
                        .jsonArray()
                        .size());
        assertEquals(
                403,
                Api.as("CAFREV", "POST", "/api/v1/control-plan/rules", valid).status());
    }
}
