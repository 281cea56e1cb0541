package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/estimates} on the real server, with the illustrative demo scale in force since 2024. */
class EstimateApiIT {

    @Test
    void anRpeEstimateExplainsItsLinesWithTheDatedParametersItUsed() throws Exception {
        String body =
                "{\"facilityType\":\"RPE\",\"year\":2026,\"values\":{\"expenses\":50000,\"fteDeclared\":1,\"fteValidated\":1,"
                        + "\"monthsOpen\":10,\"monthsPresent\":8,\"reinforcedMissions\":2}}";
        Reply reply = Api.as("ENFFDA", "POST", "/api/v1/estimates", body);
        assertEquals(200, reply.status(), reply.body());
        JsonObject estimate = reply.json();
        assertEquals(
                "18995.67",
                estimate.getString("total"),
                "0.43 × min(62500, 55000 × 10/12) × 0.8 = 15766.67, plus the 3229 bonus");
        assertEquals("EUR", estimate.getString("currency"));
        JsonObject base = estimate.getJsonArray("lines").getJsonObject(0);
        assertEquals("RPE.base", base.getString("rule"));
        assertEquals("15766.67", base.getString("amount"));
        assertEquals("0.8", base.getJsonObject("inputs").getString("fteRetained"));
        JsonObject ceiling = base.getJsonArray("parameters").getJsonObject(1);
        assertEquals("RPE.ceilingPerFte", ceiling.getString("name"));
        assertEquals("55000", ceiling.getString("value"));
        assertEquals("2024-01-01", ceiling.getString("validFrom"));
    }

    @Test
    void aSimulationOverridesAParameterWithoutStoringIt() throws Exception {
        String body =
                "{\"facilityType\":\"RPE\",\"year\":2026,\"values\":{\"expenses\":60000,\"fteDeclared\":1.5,\"fteValidated\":1,"
                        + "\"monthsOpen\":12,\"monthsPresent\":12,\"reinforcedMissions\":0},\"parameters\":{\"RPE.ceilingPerFte\":30000}}";
        JsonObject simulated =
                Api.as("ENFFDA", "POST", "/api/v1/estimates", body).json();
        assertEquals("12900.00", simulated.getString("total"));
        assertEquals(
                "simulation",
                simulated
                        .getJsonArray("lines")
                        .getJsonObject(0)
                        .getJsonArray("parameters")
                        .getJsonObject(1)
                        .getString("validFrom"));
        String plain = body.replace(",\"parameters\":{\"RPE.ceilingPerFte\":30000}", "");
        assertEquals(
                "17200.00",
                Api.as("ENFFDA", "POST", "/api/v1/estimates", plain).json().getString("total"),
                "the scale is unchanged");
    }

    @Test
    void badValuesAreA400ListingEveryProblemInFrench() throws Exception {
        String body =
                "{\"facilityType\":\"RPE\",\"year\":2026,\"values\":{\"expenses\":\"beaucoup\",\"fteDeclared\":1,\"fteValidated\":9,"
                        + "\"monthsOpen\":12,\"monthsPresent\":12}}";
        Reply reply = Api.as("ENFFDA", "POST", "/api/v1/estimates", body);
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.body().contains("La valeur expenses n'est pas un nombre"), reply.body());
        assertTrue(
                reply.body().contains("La valeur fteValidated (9) doit être comprise entre 0.01 et 6."), reply.body());
        assertTrue(reply.body().contains("La valeur reinforcedMissions est obligatoire."), reply.body());

        Reply unknown = Api.as("ENFFDA", "POST", "/api/v1/estimates", "{\"facilityType\":\"PISCINE\",\"year\":1990}");
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("n'a pas encore de formule d'estimation"), unknown.body());
        assertTrue(unknown.body().contains("de 2000 à 2100"), unknown.body());

        Reply before = Api.as(
                "ENFFDA",
                "POST",
                "/api/v1/estimates",
                "{\"facilityType\":\"ALSH\",\"year\":2020,\"values\":{\"expenses\":1000,\"hoursDelivered\":100}}");
        assertEquals(400, before.status(), before.body());
        assertTrue(
                before.body().contains("Le paramètre ALSH.ceilingPerHour n'est pas défini pour 2020"), before.body());
    }

    @Test
    void anAnonymousCallerIsRefused() throws Exception {
        assertEquals(
                401, Api.call("POST", "/api/v1/estimates", "{}", null, null).status());
    }
}
