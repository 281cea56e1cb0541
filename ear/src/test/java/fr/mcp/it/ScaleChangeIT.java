package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.DeclarationFixture;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * A Caf administrator changes the scale: new estimates of the years from its start date follow, the years before do
 * not, a transmitted declaration keeps its frozen estimate, and the change is in the scale's history. The test works
 * on a far year of its own (after every RPE ceiling already dated) so it never changes the other tests' estimates.
 */
class ScaleChangeIT {

    private static final String RPE_VALUES =
            "{\"expenses\":\"60000\",\"fteDeclared\":\"1.5\",\"fteValidated\":\"1.5\",\"monthsOpen\":\"12\","
                    + "\"monthsPresent\":\"12\",\"reinforcedMissions\":\"0\"}";

    @Test
    void aNewCeilingChangesNewEstimatesFromItsStartDateButNotAFrozenDeclarationAndIsInTheHistory() throws Exception {
        int year = Math.max(2090, lastCeilingYear() + 1);
        DeclarationFixture d = DeclarationFixture.create(year);
        String base = d.path();
        d.complete(
                "ENFFDA",
                d.form("Site Nord"),
                "{\"fteDeclared\":\"1\",\"monthsOpen\":\"12\",\"monthsPresent\":\"12\",\"reinforcedMissions\":\"0\"}");
        d.complete(
                "ENFFDA",
                d.form("Site Sud"),
                "{\"fteDeclared\":\"0.5\",\"monthsOpen\":\"12\",\"monthsPresent\":\"12\",\"reinforcedMissions\":\"0\"}");
        d.complete(
                "ENFFDF",
                d.form("Budget"),
                "{\"staffCosts\":\"60000\",\"cafServiceGrant\":\"25800\",\"localAuthorities\":\"34200\"}");
        d.transmit();
        String frozen = Api.as("CAFREV", "GET", base, null)
                .json()
                .getJsonObject("estimate")
                .getString("total");
        String before = estimate(year - 1);

        Reply added = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/scale",
                "{\"name\":\"RPE.ceilingPerFte\",\"value\":1000,\"unit\":\"€/ETP\",\"validFrom\":\"" + year
                        + "-01-01\",\"reference\":\"Circulaire test, p. 4\"}");
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();

        // 0.43 × min(60 000 ÷ 1.5, 1 000) × 1.5 = 645.00
        assertEquals("645.00", estimate(year));
        assertEquals(before, estimate(year - 1), "a year before the start date keeps its scale");
        JsonObject declaration = Api.as("CAFREV", "GET", base, null).json().getJsonObject("estimate");
        assertTrue(declaration.getBoolean("frozen"));
        assertEquals(frozen, declaration.getString("total"), "the transmitted declaration keeps its frozen estimate");
        assertNotEquals("645.00", frozen);

        JsonObject history = Api.as("CAFREV", "GET", "/api/v1/scale/history", null)
                .jsonArray()
                .getJsonObject(0);
        assertEquals("SCALE_VALUE_ADDED", history.getString("action"));
        assertEquals("CAFADM", history.getString("by"));
        assertTrue(
                history.getString("after").contains("RPE.ceilingPerFte = 1000 €/ETP depuis le " + year + "-01-01"),
                history.toString());

        long version = Api.as("CAFADM", "GET", "/api/v1/scale", null).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("version")
                .longValue();
        assertRefused(
                Api.as(
                        "CAFADM",
                        "PUT",
                        "/api/v1/scale/" + id,
                        "{\"version\":" + (version + 1) + ",\"value\":2000,\"reference\":\"Circulaire, p. 5\"}"),
                400,
                "modifiées par quelqu'un d'autre");
        assertEquals(
                204,
                Api.as(
                                "CAFADM",
                                "PUT",
                                "/api/v1/scale/" + id,
                                "{\"version\":" + version + ",\"value\":2000,\"reference\":\"Circulaire, p. 5\"}")
                        .status());
        assertEquals("1290.00", estimate(year));
        JsonObject corrected = Api.as("CAFADM", "GET", "/api/v1/scale/history", null)
                .jsonArray()
                .getJsonObject(0);
        assertEquals("SCALE_VALUE_CORRECTED", corrected.getString("action"));
        assertTrue(corrected.getString("before").contains("= 1000 "), corrected.toString());
        assertTrue(corrected.getString("after").contains("= 2000 "), corrected.toString());
        assertEquals(
                frozen,
                Api.as("ENFAPP", "GET", base, null)
                        .json()
                        .getJsonObject("estimate")
                        .getString("total"));
    }

    @Test
    void badScaleValuesAreRefusedInFrenchAndOnlyCafAdministratorsChangeTheScale() throws Exception {
        int count = Api.as("CAFADM", "GET", "/api/v1/scale", null).jsonArray().size();
        assertRefused(
                Api.as(
                        "CAFADM",
                        "POST",
                        "/api/v1/scale",
                        "{\"name\":\"XYZ.rate\",\"value\":0.5,\"unit\":\"taux\",\"validFrom\":\"2099-01-01\",\"reference\":\"x\"}"),
                400,
                "n'est pas un paramètre de barème");
        assertRefused(
                Api.as(
                        "CAFADM",
                        "POST",
                        "/api/v1/scale",
                        "{\"name\":\"ALSH.rate\",\"value\":30,\"unit\":\"taux\",\"validFrom\":\"2099-01-01\"}"),
                400,
                "Un taux s'écrit entre 0 et 1");
        assertRefused(
                Api.as(
                        "CAFADM",
                        "POST",
                        "/api/v1/scale",
                        "{\"name\":\"ALSH.rate\",\"value\":0.3,\"unit\":\"taux\",\"validFrom\":\"2099-01-01\"}"),
                400,
                "La référence est obligatoire");
        assertRefused(
                Api.as(
                        "CAFADM",
                        "POST",
                        "/api/v1/scale",
                        "{\"name\":\"RPE.rate\",\"value\":0.43,\"unit\":\"taux\",\"validFrom\":\"2024-01-01\",\"reference\":\"x\"}"),
                400,
                "a déjà une valeur à compter du 2024-01-01");
        assertRefused(
                Api.as(
                        "CAFREV",
                        "POST",
                        "/api/v1/scale",
                        "{\"name\":\"ALSH.rate\",\"value\":0.3,\"unit\":\"taux\",\"validFrom\":\"2099-01-01\",\"reference\":\"x\"}"),
                403,
                "droits");
        assertRefused(Api.as("ENFAPP", "GET", "/api/v1/scale", null), 403, "droits");
        assertEquals(
                count,
                Api.as("CAFADM", "GET", "/api/v1/scale", null).jsonArray().size());
    }

    private static int lastCeilingYear() throws Exception {
        return Api.as("CAFADM", "GET", "/api/v1/scale", null).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("RPE.ceilingPerFte"))
                .mapToInt(p -> Integer.parseInt(p.getString("validFrom").substring(0, 4)))
                .max()
                .orElse(2024);
    }

    private static String estimate(int year) throws Exception {
        Reply reply = Api.as(
                "ENFAPP",
                "POST",
                "/api/v1/estimates",
                "{\"facilityType\":\"RPE\",\"year\":" + year + ",\"values\":" + RPE_VALUES + "}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("total");
    }

    private static void assertRefused(Reply reply, int status, String message) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.body().contains(message), reply.body());
    }
}
