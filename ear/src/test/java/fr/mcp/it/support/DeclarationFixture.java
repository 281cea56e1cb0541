package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A declaration of its own for a test: a new multi-site RPE (two sites, 1.5 ETP validated) on the demo commune,
 * ENFFDA providing activity on each site, ENFFDF the financial data, ENFAPP approver validated by the Caf, and the
 * current year's forecast opened by the Caf reviewer. Every run gets a new facility, so runs never interfere.
 */
public record DeclarationFixture(long facilityId, String facilityName, long declarationId, Map<String, Long> formIds) {

    public static DeclarationFixture create() throws Exception {
        return create(LocalDate.now().getYear());
    }

    /** The same, for the forecast of another year. */
    public static DeclarationFixture create(int year) throws Exception {
        long communeId = Api.as("CAFADM", "GET", "/api/v1/partners?q=Saint-Cyr", null)
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String name = "Relais test " + System.nanoTime();
        String facility =
                "{\"type\":\"RPE\",\"nature\":\"Relais petite enfance\",\"name\":\"" + name + "\",\"multiSite\":true,"
                        + "\"validatedFte\":1.5,\"sites\":[{\"name\":\"Site Nord\",\"city\":\"Saint-Cyr-l'École\"},{\"name\":\"Site Sud\",\"city\":\"Fontenay-le-Fleury\"}]}";
        Api.Reply created = Api.as("CAFADM", "POST", "/api/v1/partners/" + communeId + "/facilities", facility);
        assertEquals(201, created.status(), created.body());
        long facilityId = created.json().getJsonNumber("id").longValue();
        Map<String, Long> sites = new LinkedHashMap<>();
        for (JsonValue value : Api.as("CAFADM", "GET", "/api/v1/partners/" + communeId, null)
                .json()
                .getJsonArray("facilities")) {
            JsonObject f = value.asJsonObject();
            if (f.getJsonNumber("id").longValue() == facilityId) {
                f.getJsonArray("sites")
                        .forEach(site -> sites.put(
                                site.asJsonObject().getString("name"),
                                site.asJsonObject().getJsonNumber("id").longValue()));
            }
        }
        Map<String, Long> accounts = new LinkedHashMap<>();
        for (JsonValue value :
                Api.as("ENFADM", "GET", "/api/v1/users?size=200", null).json().getJsonArray("rows")) {
            accounts.put(
                    value.asJsonObject().getString("login"),
                    value.asJsonObject().getJsonNumber("id").longValue());
        }
        LocalDate today = LocalDate.now();
        assign(accounts.get("ENFFDA"), "FDA", facilityId, sites.get("Site Nord"), today);
        assign(accounts.get("ENFFDA"), "FDA", facilityId, sites.get("Site Sud"), today);
        assign(accounts.get("ENFFDF"), "FDF", facilityId, null, today);
        long approver = assign(accounts.get("ENFAPP"), "APPROVER", facilityId, null, today)
                .getJsonArray("ids")
                .getJsonNumber(0)
                .longValue();
        assertEquals(
                204,
                Api.as("CAFADM", "POST", "/api/v1/approver-assignments/" + approver + "/validation", null)
                        .status());
        Api.Reply opened = Api.as(
                "CAFREV",
                "POST",
                "/api/v1/declarations",
                "{\"facilityId\":" + facilityId + ",\"year\":" + year + ",\"kind\":\"FORECAST\",\"deadline\":\""
                        + today.plusDays(30) + "\"}");
        assertEquals(201, opened.status(), opened.body());
        long declarationId = opened.json().getJsonNumber("id").longValue();
        Map<String, Long> forms = new LinkedHashMap<>();
        for (JsonValue value : Api.as("ENFAPP", "GET", "/api/v1/declarations/" + declarationId, null)
                .json()
                .getJsonArray("forms")) {
            forms.put(
                    value.asJsonObject().getString("label"),
                    value.asJsonObject().getJsonNumber("id").longValue());
        }
        return new DeclarationFixture(facilityId, name, declarationId, forms);
    }

    private static JsonObject assign(long accountId, String role, long facilityId, Long siteId, LocalDate from)
            throws Exception {
        String body = "{\"accountId\":" + accountId + ",\"role\":\"" + role + "\",\"facilityId\":" + facilityId
                + (siteId == null ? "" : ",\"siteIds\":[" + siteId + "]") + ",\"startsOn\":\"" + from + "\"}";
        Api.Reply reply = Api.as("ENFRESP", "POST", "/api/v1/assignments", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    public long form(String labelPart) {
        return formIds.entrySet().stream()
                .filter(e -> e.getKey().contains(labelPart))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    public String path() {
        return "/api/v1/declarations/" + declarationId;
    }

    /** Saves a form's values as {@code login}, then marks the form complete. */
    public void complete(String login, long formId, String values) throws Exception {
        Api.Reply saved = Api.as(login, "PUT", path() + "/forms/" + formId, "{\"values\":" + values + "}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(
                204,
                Api.as(login, "POST", path() + "/forms/" + formId + "/complete", null)
                        .status());
    }

    /** The approver (ENFAPP) takes the completed declaration, goes through the three steps and transmits it, sworn. */
    public void transmit() throws Exception {
        assertEquals(204, Api.as("ENFAPP", "POST", path() + "/take", null).status());
        for (int step = 1; step <= 3; step++) {
            assertEquals(
                    204,
                    Api.as("ENFAPP", "POST", path() + "/steps/" + step, null).status());
        }
        Api.Reply transmitted = Api.as("ENFAPP", "POST", path() + "/transmit", "{\"sworn\":true}");
        assertEquals(204, transmitted.status(), transmitted.body());
    }
}
