package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.CampaignFixture;
import fr.mcp.it.support.DeclarationFixture;
import fr.mcp.it.support.MailQueueState;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A call for declarations on the demo data: every role holder of the demo commune gets exactly one mail at the SMTP
 * server, a second launch for the same year and kind adds no declaration and no mail, the reminder goes once.
 */
class CampaignIT {

    @BeforeAll
    static void smtpUp() {
        TestMailServer.ensureStarted();
    }

    @Test
    void aCampaignMailsEveryRoleHolderOnceAndASecondLaunchAddsNothing() throws Exception {
        Instant since = MailQueueState.mark();
        int year = CampaignFixture.freeYear();
        String subject = "appel à déclaration prévisionnelle " + year;
        Map<String, String> holders = CampaignFixture.communeHolders();
        assertFalse(holders.isEmpty(), "the demo commune has role holders");

        JsonObject first = CampaignFixture.awaitLaunched(CampaignFixture.launched(year), Duration.ofSeconds(120));
        assertTrue(first.getInt("created") > 0, first.toString());
        assertEquals(first.getInt("eligible"), first.getInt("created") + first.getInt("skipped"), first.toString());
        assertEquals(100, first.getInt("progress"));
        JsonObject report = Api.as("CAFADM", "GET", "/api/v1/campaigns/" + first.getJsonNumber("id") + "/report", null)
                .json();
        List<String> mailed = report.getJsonArray("mailed").stream()
                .map(JsonValue::asJsonObject)
                .map(m -> m.getString("email"))
                .toList();
        assertEquals(first.getInt("mailed"), mailed.size());
        for (String email : holders.values()) {
            assertTrue(mailed.contains(email), email + " is in the report");
            TestMailServer.awaitMailsTo(email, 1, Duration.ofSeconds(60));
        }
        awaitMails(mailed, subject);
        for (String email : mailed) {
            assertEquals(1, CampaignFixture.mailsWithSubject(email, subject), "exactly one call for " + email);
        }
        // Each call names the holder's own facilities, as many as the report counts for them (the demo holds fewer than
        // 30).
        for (JsonObject entry : report.getJsonArray("mailed").getValuesAs(JsonObject.class)) {
            String body = CampaignFixture.bodyWithSubject(entry.getString("email"), subject);
            assertTrue(entry.getInt("facilities") > 0, entry.toString());
            assertEquals(
                    entry.getInt("facilities"),
                    body.lines().filter(line -> line.startsWith("- ")).count(),
                    entry + "\n" + body);
        }

        JsonObject second = CampaignFixture.awaitLaunched(CampaignFixture.launched(year), Duration.ofSeconds(120));
        assertEquals(0, second.getInt("created"), second.toString());
        assertEquals(second.getInt("eligible"), second.getInt("skipped"));
        assertEquals(0, second.getInt("mailed"));
        JsonObject secondReport = Api.as(
                        "CAFADM", "GET", "/api/v1/campaigns/" + second.getJsonNumber("id") + "/report", null)
                .json();
        assertTrue(
                secondReport.getJsonArray("skipped").stream()
                        .map(JsonValue::asJsonObject)
                        .allMatch(s -> s.getString("reason").startsWith("Déclaration déjà ouverte")
                                || s.getString("reason").startsWith("Pas de convention")
                                || s.getString("reason").startsWith("Accès du partenaire")),
                secondReport.toString());
        MailQueueState.awaitQueueSettled(since);
        for (String email : mailed) {
            assertEquals(1, CampaignFixture.mailsWithSubject(email, subject), "still one call for " + email);
        }

        long id = first.getJsonNumber("id").longValue();
        JsonObject queue = Api.as("CAFREV", "GET", "/api/v1/declarations?campaign=" + id + "&size=1", null)
                .json();
        assertEquals(
                first.getInt("created"),
                queue.getJsonNumber("total").intValue(),
                "the queue filtered by campaign holds its declarations");
        assertEquals(
                0,
                Api.as("CAFREV", "GET", "/api/v1/declarations?campaign=" + second.getJsonNumber("id") + "&size=1", null)
                        .json()
                        .getJsonNumber("total")
                        .intValue(),
                "the second launch opened none");
        assertEquals(
                202,
                Api.as("CAFADM", "POST", "/api/v1/campaigns/" + id + "/reminders", null)
                        .status());
        String reminder = "rappel : déclaration prévisionnelle " + year;
        awaitMails(mailed, reminder);
        for (String email : mailed) {
            assertEquals(1, CampaignFixture.mailsWithSubject(email, reminder), "one reminder for " + email);
        }
        JsonObject reminded =
                Api.as("CAFADM", "GET", "/api/v1/campaigns/" + id, null).json();
        assertEquals(
                mailed.size(), reminded.getInt("reminded"), "the campaign counts the holders reminded: " + reminded);
        assertEquals(first.getInt("mailed"), reminded.getInt("mailed"), "and still those called: " + reminded);
        Reply again = Api.as("CAFADM", "POST", "/api/v1/campaigns/" + id + "/reminders", null);
        assertEquals(400, again.status());
        assertTrue(again.body().contains("déjà été envoyée"), again.body());
    }

    /**
     * The campaign writes its declarations by JDBC batches, not through the persistence context: one must read back,
     * and save with its version, exactly as a declaration the Caf opened one by one.
     */
    @Test
    void aDeclarationOpenedByACampaignReadsAndSavesLikeOneOpenedByTheCaf() throws Exception {
        int year = CampaignFixture.freeYear();
        DeclarationFixture byCaf = DeclarationFixture.create(year - 1);
        long campaign = CampaignFixture.awaitLaunched(CampaignFixture.launched(year), Duration.ofSeconds(120))
                .getJsonNumber("id")
                .longValue();
        JsonObject rows = Api.as(
                        "CAFREV",
                        "GET",
                        "/api/v1/declarations?campaign=" + campaign + "&text="
                                + byCaf.facilityName().replace(" ", "%20"),
                        null)
                .json();
        assertEquals(1, rows.getJsonNumber("total").intValue(), rows.toString());
        String path = "/api/v1/declarations/"
                + rows.getJsonArray("rows").getJsonObject(0).getJsonNumber("id");
        JsonObject opened = Api.as("ENFAPP", "GET", path, null).json();
        JsonObject reference = Api.as("ENFAPP", "GET", byCaf.path(), null).json();

        assertEquals(year, opened.getInt("year"));
        assertEquals("TO_ENTER", opened.getString("state"));
        assertEquals(
                reference.getJsonNumber("version"),
                opened.getJsonNumber("version"),
                "a new row's version, as the persistence context writes it");
        assertEquals(
                shape(reference),
                shape(opened),
                "the same forms (one per site, then the budget), states, versions and fields");
        JsonObject event = opened.getJsonArray("history").getJsonObject(0);
        assertEquals(1, opened.getJsonArray("history").size());
        assertEquals(
                List.of("CAFADM", "Campagne n° " + campaign, "Déclaration ouverte", "TO_ENTER"),
                List.of(
                        event.getString("by"),
                        event.getString("name"),
                        event.getString("action"),
                        event.getString("to")));

        JsonObject north = opened.getJsonArray("forms").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getString("label").contains("Site Nord"))
                .findFirst()
                .orElseThrow();
        String save = "{\"version\":" + north.getJsonNumber("version") + ",\"values\":{\"fteDeclared\":\"1\"}}";
        Reply saved = Api.as("ENFFDA", "PUT", path + "/forms/" + north.getJsonNumber("id"), save);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(
                409,
                Api.as("ENFFDA", "PUT", path + "/forms/" + north.getJsonNumber("id"), save)
                        .status(),
                "the same version again is stale");
        JsonObject after = Api.as("ENFAPP", "GET", path, null).json();
        assertEquals("IN_PROGRESS", after.getString("state"));
        assertEquals(
                "1",
                after.getJsonArray("forms").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(f -> f.getString("label").contains("Site Nord"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("values")
                        .getString("fteDeclared"));
    }

    /** What a declaration's forms are, ids left out. */
    private static List<String> shape(JsonObject declaration) {
        return declaration.getJsonArray("forms").stream()
                .map(JsonValue::asJsonObject)
                .map(f -> String.join(
                        " | ",
                        f.getString("kind"),
                        f.getString("label"),
                        f.getString("state"),
                        f.getJsonNumber("version").toString(),
                        String.valueOf(f.getBoolean("editable")),
                        f.getJsonObject("values").toString(),
                        String.valueOf(f.getJsonArray("fields").size())))
                .toList();
    }

    @Test
    void aDeadlineInThePastAnotherCafAndOtherRolesAreRefused() throws Exception {
        Reply past = CampaignFixture.launch(
                2090, LocalDate.now().minusDays(10), LocalDate.now().minusDays(1));
        assertEquals(400, past.status(), past.body());
        assertTrue(past.body().contains("La date limite est déjà passée"), past.body());
        Reply empty = Api.as("CAFADM", "POST", "/api/v1/campaigns", "{\"facilityTypes\":[]}");
        assertEquals(400, empty.status());
        for (String message : List.of(
                "Le type de déclaration",
                "L'année est comprise",
                "au moins un type d'équipement",
                "La date d'ouverture",
                "La date limite est obligatoire")) {
            assertTrue(empty.body().contains(message), message + " in " + empty.body());
        }
        List<JsonValue> mine =
                Api.as("CAFADM", "GET", "/api/v1/campaigns", null).jsonArray();
        if (!mine.isEmpty()) {
            long id = mine.get(0).asJsonObject().getJsonNumber("id").longValue();
            assertEquals(
                    404,
                    Api.as("PARADM", "GET", "/api/v1/campaigns/" + id, null).status(),
                    "another Caf's campaign is not found");
        }
        assertEquals(403, Api.as("ENFADM", "GET", "/api/v1/campaigns", null).status());
    }

    private static void awaitMails(List<String> recipients, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        for (String email : recipients) {
            while (CampaignFixture.mailsWithSubject(email, subject) == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(300);
            }
        }
    }
}
