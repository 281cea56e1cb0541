package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.DeclarationFixture;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Caf administrator adds and corrects a coherence control as data: declarations of the years it applies to raise it
 * with its message as soon as the values are there, the correction changes that, bad definitions are refused in
 * French, and every change is in the history. The control has a code of its own, on a far year, so other tests are
 * untouched.
 */
class ControlChangeIT {

    @Test
    void aNewControlIsRaisedOnTheDeclarationsOfItsYearsAndACorrectionChangesIt() throws Exception {
        String code = "TEST-" + (System.nanoTime() % 1_000_000_000L);
        int year = 2095;
        String body = "{\"code\":\"" + code
                + "\",\"facilityType\":\"RPE\",\"declarationKinds\":[\"FORECAST\"],\"checkType\":\"ABOVE\","
                + "\"leftOperand\":\"fteDeclared\",\"threshold\":1.2,\"message\":\"{0} ETP déclarés, au-delà de {2} : justifiez.\",\"fromYear\":"
                + year + "}";
        Reply added = Api.as("CAFADM", "POST", "/api/v1/controls", body);
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();

        DeclarationFixture d = DeclarationFixture.create(year);
        Reply saved = Api.as(
                "ENFFDA", "PUT", d.path() + "/forms/" + d.form("Site Nord"), "{\"values\":{\"fteDeclared\":\"1\"}}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(List.of(), messages(d, code), "1 ETP is not above 1.2");
        assertEquals(
                200,
                Api.as(
                                "ENFFDA",
                                "PUT",
                                d.path() + "/forms/" + d.form("Site Sud"),
                                "{\"values\":{\"fteDeclared\":\"0.5\"}}")
                        .status());
        assertEquals(List.of("1.5 ETP déclarés, au-delà de 1.2 : justifiez."), messages(d, code));

        DeclarationFixture earlier = DeclarationFixture.create(year - 1);
        assertEquals(
                200,
                Api.as(
                                "ENFFDA",
                                "PUT",
                                earlier.path() + "/forms/" + earlier.form("Site Nord"),
                                "{\"values\":{\"fteDeclared\":\"3\"}}")
                        .status());
        assertEquals(List.of(), messages(earlier, code), "a year before the control's first year");

        long version = Api.as("CAFREV", "GET", "/api/v1/controls", null).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("version")
                .longValue();
        Reply corrected = Api.as(
                "CAFADM",
                "PUT",
                "/api/v1/controls/" + id,
                "{\"version\":" + version + ",\"threshold\":2,\"message\":\"Plus de {2} ETP.\"}");
        assertEquals(204, corrected.status(), corrected.body());
        assertEquals(List.of(), messages(d, code), "1.5 is not above the corrected threshold 2");
        JsonObject history = Api.as("CAFREV", "GET", "/api/v1/controls/history", null)
                .jsonArray()
                .getJsonObject(0);
        assertEquals("CONTROL_CORRECTED", history.getString("action"));
        assertTrue(history.getString("before").contains("> 1.2"), history.toString());
        assertTrue(history.getString("after").contains("> 2 — Plus de {2} ETP."), history.toString());
    }

    @Test
    void impossibleControlsAreRefusedInFrenchAndOnlyCafAdministratorsChangeThem() throws Exception {
        int count =
                Api.as("CAFADM", "GET", "/api/v1/controls", null).jsonArray().size();
        Reply bad = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/controls",
                "{\"code\":\"x\",\"facilityType\":\"PISCINE\",\"declarationKinds\":[\"SOMETIMES\"],"
                        + "\"checkType\":\"GAP\",\"leftOperand\":\"1abc\",\"threshold\":-1,\"fromYear\":1990}");
        assertEquals(400, bad.status(), bad.body());
        for (String expected : List.of(
                "Le code du contrôle « x »",
                "Le type d'équipement « PISCINE » n'existe pas",
                "au moins un type de déclaration",
                "« 1abc » n'est pas un nom de donnée",
                "La valeur de référence est obligatoire pour cette comparaison",
                "Le seuil est un nombre positif",
                "Le message affiché au partenaire est obligatoire",
                "La première année d'application")) {
            assertTrue(bad.body().contains(expected), expected + " missing in " + bad.body());
        }
        Reply unknownCheck =
                Api.as("CAFADM", "POST", "/api/v1/controls", "{\"code\":\"BILAN\",\"checkType\":\"SOMETIMES\"}");
        assertEquals(400, unknownCheck.status(), unknownCheck.body());
        Reply existing = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/controls",
                "{\"code\":\"BILAN\",\"facilityType\":\"*\",\"declarationKinds\":[\"ACTUAL\"],"
                        + "\"checkType\":\"BALANCE\",\"leftOperand\":\"expenses\",\"rightOperand\":\"income\",\"threshold\":1,\"message\":\"m\",\"fromYear\":2024}");
        assertEquals(400, existing.status());
        assertTrue(existing.body().contains("a déjà une version à compter de 2024"), existing.body());
        assertEquals(403, Api.as("CAFREV", "POST", "/api/v1/controls", "{}").status());
        assertEquals(403, Api.as("ENFAPP", "GET", "/api/v1/controls", null).status());
        assertEquals(
                count,
                Api.as("CAFADM", "GET", "/api/v1/controls", null).jsonArray().size());
    }

    private static List<String> messages(DeclarationFixture d, String code) throws Exception {
        return Api.as("ENFAPP", "GET", d.path(), null).json().getJsonArray("controls").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("id").equals(code))
                .map(c -> c.getString("message"))
                .toList();
    }
}
