package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Caf administrator keeps a declaration form as data: a new version from a year copies the one in force, takes a new
 * field, and a declaration of that year shows it; once a declaration uses the version, only the wording can change.
 * Bad fields are refused in French and change nothing; stale versions are refused; every change is in the history.
 * The test works on the LAEP activity form from a far year of its own, so other tests' declarations are untouched.
 */
class FormChangeIT {

    private static final String FORM = "/api/v1/forms/LAEP/ACTIVITY";

    @Test
    void aNewVersionTakesANewFieldThatDeclarationsOfItsYearsShowThenOnlyItsWordingCanChange() throws Exception {
        int year = freeYear();
        int inForce = fieldsOf(latestVersionBefore(year)).size();

        Reply created = Api.as("CAFADM", "POST", FORM + "/versions", "{\"fromYear\":" + year + "}");
        assertEquals(201, created.status(), created.body());
        assertEquals(inForce, created.json().getInt("fieldsCopied"), "the version in force is copied");
        Reply added = Api.as(
                "CAFADM",
                "POST",
                FORM + "/fields",
                "{\"fromYear\":" + year + ",\"code\":\"outdoorSessions\","
                        + "\"label\":\"Séances hors les murs\",\"unit\":\"séances\",\"valueType\":\"INTEGER\",\"minValue\":0,\"maxValue\":500,"
                        + "\"requiredKinds\":[\"ACTUAL\"],\"section\":\"Activité\",\"position\":70}");
        assertEquals(201, added.status(), added.body());
        long fieldId = added.json().getJsonNumber("id").longValue();
        JsonObject version = version(year).orElseThrow();
        assertEquals(0, version.getInt("declarations"));
        assertEquals(inForce + 1, version.getJsonArray("fields").size());

        long declaration = openLaepDeclaration(year);
        JsonObject form = Api.as("CAFREV", "GET", "/api/v1/declarations/" + declaration, null)
                .json()
                .getJsonArray("forms")
                .getJsonObject(0);
        JsonObject shown =
                field(form, "outdoorSessions").orElseThrow(() -> new AssertionError("new field missing: " + form));
        assertEquals("Séances hors les murs", shown.getString("label"));
        assertEquals("500", shown.getString("max"));
        assertEquals(1, version(year).orElseThrow().getInt("declarations"));

        long fieldVersion = field(version(year).orElseThrow(), fieldId)
                .getJsonNumber("version")
                .longValue();
        Reply reshaped = Api.as(
                "CAFADM",
                "PUT",
                "/api/v1/forms/fields/" + fieldId,
                "{\"version\":" + fieldVersion
                        + ",\"label\":\"Séances hors les murs\",\"unit\":\"séances\",\"section\":\"Activité\",\"position\":70,\"minValue\":0,\"maxValue\":50,"
                        + "\"requiredKinds\":[\"ACTUAL\"]}");
        assertEquals(400, reshaped.status(), reshaped.body());
        assertTrue(reshaped.body().contains("sert déjà à 1 déclaration(s)"), reshaped.body());
        Reply removed =
                Api.as("CAFADM", "DELETE", "/api/v1/forms/fields/" + fieldId + "?version=" + fieldVersion, null);
        assertEquals(400, removed.status(), removed.body());
        Reply reworded = Api.as(
                "CAFADM",
                "PUT",
                "/api/v1/forms/fields/" + fieldId,
                "{\"version\":" + fieldVersion
                        + ",\"label\":\"Séances hors les murs (parcs, médiathèques)\",\"unit\":\"séances\",\"help\":\"Séances tenues hors du local habituel.\","
                        + "\"section\":\"Activité\",\"position\":5,\"minValue\":0,\"maxValue\":500,\"requiredKinds\":[\"ACTUAL\"]}");
        assertEquals(204, reworded.status(), reworded.body());
        JsonObject after = Api.as("CAFREV", "GET", "/api/v1/declarations/" + declaration, null)
                .json()
                .getJsonArray("forms")
                .getJsonObject(0);
        assertEquals(
                "Séances hors les murs (parcs, médiathèques)",
                field(after, "outdoorSessions").orElseThrow().getString("label"));
        assertEquals(
                "Séances tenues hors du local habituel.",
                field(after, "outdoorSessions").orElseThrow().getString("help"));

        Reply stale = Api.as(
                "CAFADM",
                "PUT",
                "/api/v1/forms/fields/" + fieldId,
                "{\"version\":" + fieldVersion
                        + ",\"label\":\"Autre\",\"unit\":\"séances\",\"section\":\"Activité\",\"position\":5,\"minValue\":0,\"maxValue\":500,\"requiredKinds\":[\"ACTUAL\"]}");
        assertEquals(409, stale.status(), "a correction made on a version read before another one: " + stale.body());

        List<JsonObject> history = Api.as("CAFREV", "GET", "/api/v1/forms/history", null).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("target", "").equals("Formulaire d'activité LAEP " + year))
                .toList();
        assertEquals(
                List.of("FORM_FIELD_CORRECTED", "FORM_FIELD_ADDED", "FORM_VERSION_ADDED"),
                history.stream().map(e -> e.getString("action")).toList());
        assertTrue(
                history.get(0).getString("before").contains("« Séances hors les murs »"),
                history.get(0).toString());
        assertTrue(
                history.get(0).getString("after").contains("(parcs, médiathèques)"),
                history.get(0).toString());
    }

    @Test
    void badFieldsAreRefusedInFrenchAndChangeNothingAndOnlyCafAdministratorsChangeForms() throws Exception {
        int year = freeYear();
        assertEquals(
                201,
                Api.as("CAFADM", "POST", FORM + "/versions", "{\"fromYear\":" + year + "}")
                        .status());
        int fields = version(year).orElseThrow().getJsonArray("fields").size();

        Reply bad = Api.as(
                "CAFADM",
                "POST",
                FORM + "/fields",
                "{\"fromYear\":" + year + ",\"code\":\"1 bad\",\"valueType\":\"BOOLEAN\","
                        + "\"minValue\":5,\"requiredKinds\":[\"SOMETIMES\"],\"lineRole\":\"EXPENSE\",\"aggregation\":\"WEIGHTED:nothing\",\"position\":-4}");
        assertEquals(400, bad.status(), bad.body());
        for (String expected : List.of(
                "Le code du champ « 1 bad »",
                "Le libellé du champ est obligatoire",
                "L'unité est obligatoire",
                "La rubrique est obligatoire",
                "Seul un champ numérique",
                "parmi FORECAST, UPDATE et ACTUAL",
                "Seul le formulaire financier a des lignes de charges",
                "L'agrégation des sites",
                "La position est un entier")) {
            assertTrue(bad.body().contains(expected), expected + " missing in " + bad.body());
        }
        Reply twice = Api.as("CAFADM", "POST", FORM + "/versions", "{\"fromYear\":" + year + "}");
        assertEquals(400, twice.status());
        assertTrue(twice.body().contains("a déjà une version à compter de " + year), twice.body());
        Reply duplicate = Api.as(
                "CAFADM",
                "POST",
                FORM + "/fields",
                "{\"fromYear\":" + year + ",\"code\":\"openingHours\",\"label\":\"x\","
                        + "\"unit\":\"h\",\"valueType\":\"DECIMAL\",\"section\":\"Activité\"}");
        assertEquals(400, duplicate.status());
        assertTrue(duplicate.body().contains("a déjà un champ openingHours"), duplicate.body());
        Reply noVersion = Api.as("CAFADM", "POST", "/api/v1/forms/PISCINE/WEEKLY/versions", "{\"fromYear\":1990}");
        assertEquals(400, noVersion.status());
        assertTrue(noVersion.body().contains("Le type d'équipement « PISCINE » n'existe pas"), noVersion.body());
        assertEquals(fields, version(year).orElseThrow().getJsonArray("fields").size(), "nothing was added");

        assertEquals(
                403,
                Api.as("CAFREV", "POST", FORM + "/versions", "{\"fromYear\":" + year + "}")
                        .status());
        assertEquals(403, Api.as("ENFADM", "GET", FORM, null).status());
        assertEquals(
                404,
                Api.as(
                                "CAFADM",
                                "PUT",
                                "/api/v1/forms/fields/999999999",
                                "{\"label\":\"x\",\"unit\":\"u\",\"section\":\"s\"}")
                        .status());
    }

    private static long openLaepDeclaration(int year) throws Exception {
        long communeId = Api.as("CAFADM", "GET", "/api/v1/partners?q=Saint-Cyr", null)
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String facility = "{\"type\":\"LAEP\",\"nature\":\"Lieu d'accueil enfants-parents\",\"name\":\"LAEP test "
                + System.nanoTime()
                + "\",\"multiSite\":false,\"sites\":[{\"name\":\"Local\",\"city\":\"Saint-Cyr-l'École\"}]}";
        Reply created = Api.as("CAFADM", "POST", "/api/v1/partners/" + communeId + "/facilities", facility);
        assertEquals(201, created.status(), created.body());
        Reply opened = Api.as(
                "CAFREV",
                "POST",
                "/api/v1/declarations",
                "{\"facilityId\":" + created.json().getJsonNumber("id").longValue() + ",\"year\":" + year
                        + ",\"kind\":\"FORECAST\",\"deadline\":\""
                        + LocalDate.now().plusDays(30) + "\"}");
        assertEquals(201, opened.status(), opened.body());
        return opened.json().getJsonNumber("id").longValue();
    }

    /** A year from 2040 on with no version of the LAEP activity form yet (the test database outlives runs). */
    private static int freeYear() throws Exception {
        List<Integer> taken = versions().stream().map(v -> v.getInt("fromYear")).toList();
        for (int year = 2040 + (int) (System.nanoTime() % 40); year <= 2100; year++) {
            if (!taken.contains(year)) {
                return year;
            }
        }
        throw new AssertionError("no free year left for a LAEP form version: " + taken);
    }

    private static JsonObject latestVersionBefore(int year) throws Exception {
        return versions().stream()
                .filter(v -> v.getInt("fromYear") < year)
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private static List<JsonObject> fieldsOf(JsonObject version) {
        return version.getJsonArray("fields").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static Optional<JsonObject> version(int year) throws Exception {
        return versions().stream().filter(v -> v.getInt("fromYear") == year).findFirst();
    }

    private static List<JsonObject> versions() throws Exception {
        Reply form = Api.as("CAFADM", "GET", FORM, null);
        assertEquals(200, form.status(), form.body());
        return form.json().getJsonArray("versions").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static Optional<JsonObject> field(JsonObject form, String code) {
        return form.getJsonArray("fields").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals(code))
                .findFirst();
    }

    private static JsonObject field(JsonObject version, long id) {
        return version.getJsonArray("fields").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow();
    }
}
