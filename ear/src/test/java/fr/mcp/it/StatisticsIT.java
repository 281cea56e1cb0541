package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.CampaignFixture;
import fr.mcp.it.support.DeclarationFixture;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statistics of a year and kind of declarations for the Caf, and a declaration's estimate against comparable ones. */
class StatisticsIT {

    @Test
    void aCampaignsDeclarationsAreCountedByStateAndDayAfterDay() throws Exception {
        TestMailServer.ensureStarted();
        int year = CampaignFixture.freeYear();
        JsonObject campaign = CampaignFixture.awaitLaunched(CampaignFixture.launched(year), Duration.ofSeconds(120));
        int created = campaign.getInt("created");

        Reply reply = Api.as("CAFREV", "GET", "/api/v1/statistics/declarations?year=" + year + "&kind=FORECAST", null);
        assertEquals(200, reply.status(), reply.body());
        JsonObject figures = reply.json();
        JsonObject toEnter = figures.getJsonArray("states").stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getString("state").equals("TO_ENTER"))
                .findFirst()
                .orElseThrow();
        assertEquals(created, toEnter.getJsonNumber("count").intValue(), figures.toString());
        assertEquals("À saisir", toEnter.getString("label"));
        JsonArray progress = figures.getJsonArray("progress");
        JsonObject today = progress.getJsonObject(progress.size() - 1);
        assertEquals(created, today.getJsonNumber("opened").intValue(), "every declaration opened by today");
        assertEquals(0, today.getJsonNumber("transmitted").intValue());
        assertEquals(0, figures.getJsonArray("amounts").size(), "nothing transmitted, no frozen amount");

        Reply badYear = Api.as("CAFREV", "GET", "/api/v1/statistics/declarations?year=deux-mille&kind=FORECAST", null);
        assertEquals(400, badYear.status());
        assertTrue(badYear.body().contains("L'année est un nombre"), badYear.body());
        Reply noKind = Api.as("CAFREV", "GET", "/api/v1/statistics/declarations?year=2026", null);
        assertEquals(400, noKind.status());
        assertEquals(
                403,
                Api.as("ENFADM", "GET", "/api/v1/statistics/declarations?year=2026&kind=FORECAST", null)
                        .status());
    }

    @Test
    void aDeclarationIsComparedOnlyWhenEnoughComparableEstimatesExist() throws Exception {
        DeclarationFixture fixture = DeclarationFixture.create();
        Reply reply = Api.as("ENFAPP", "GET", "/api/v1/declarations/" + fixture.declarationId() + "/comparison", null);
        assertEquals(200, reply.status(), reply.body());
        JsonObject comparison = reply.json();
        int peers = comparison.getInt("peers");
        assertEquals(peers >= 5, comparison.getBoolean("shown"), comparison.toString());
        if (!comparison.getBoolean("shown")) {
            assertTrue(
                    !comparison.containsKey("median") || comparison.isNull("median"),
                    "no quartile is given below five peers: " + comparison);
        }
        assertEquals(
                404,
                Api.as("PARADM", "GET", "/api/v1/declarations/" + fixture.declarationId() + "/comparison", null)
                        .status());
    }

    /**
     * Five transmitted peers of a year no other test uses: the sixth declaration is placed among their frozen estimates,
     * whose quartiles are read by position in the database (here the 2nd, 3rd and 4th of five, no interpolation).
     */
    @Test
    void aDeclarationIsComparedWithTheQuartilesOfFiveTransmittedPeers() throws Exception {
        int year = CampaignFixture.freeYear();
        List<BigDecimal> frozen = new ArrayList<>();
        for (int peer = 1; peer <= 5; peer++) {
            DeclarationFixture d = DeclarationFixture.create(year);
            // The animateurs' ETP differ from one peer to the next, so do their estimates (0.43 × cost per ETP × ETP).
            d.complete(
                    "ENFFDA",
                    d.form("Site Nord"),
                    "{\"fteDeclared\":\"0.5\",\"monthsOpen\":\"12\",\"monthsPresent\":\"12\",\"reinforcedMissions\":\"0\"}");
            d.complete(
                    "ENFFDA",
                    d.form("Site Sud"),
                    "{\"fteDeclared\":\"0." + peer
                            + "\",\"monthsOpen\":\"12\",\"monthsPresent\":\"12\",\"reinforcedMissions\":\"0\"}");
            d.complete(
                    "ENFFDF",
                    d.form("Budget"),
                    "{\"staffCosts\":\"60000\",\"cafServiceGrant\":\"25800\",\"localAuthorities\":\"34200\"}");
            d.transmit();
            frozen.add(new BigDecimal(Api.as("CAFREV", "GET", d.path(), null)
                    .json()
                    .getJsonObject("estimate")
                    .getString("total")));
        }
        assertEquals(5, frozen.stream().distinct().count(), "five different frozen estimates: " + frozen);
        DeclarationFixture sixth = DeclarationFixture.create(year);

        Reply reply = Api.as("ENFAPP", "GET", "/api/v1/declarations/" + sixth.declarationId() + "/comparison", null);
        assertEquals(200, reply.status(), reply.body());
        JsonObject comparison = reply.json();
        List<BigDecimal> sorted = frozen.stream().sorted().toList();
        assertEquals(5, comparison.getInt("peers"), comparison.toString());
        assertTrue(comparison.getBoolean("shown"), comparison.toString());
        assertEquals(
                0,
                sorted.get(1)
                        .compareTo(comparison.getJsonNumber("lowerQuartile").bigDecimalValue()),
                sorted + " " + comparison);
        assertEquals(
                0,
                sorted.get(2).compareTo(comparison.getJsonNumber("median").bigDecimalValue()),
                sorted + " " + comparison);
        assertEquals(
                0,
                sorted.get(3)
                        .compareTo(comparison.getJsonNumber("upperQuartile").bigDecimalValue()),
                sorted + " " + comparison);
    }
}
