package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.CampaignFixture;
import fr.mcp.it.support.It;
import fr.mcp.it.support.MailQueueState;
import fr.mcp.it.support.Servers;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two servers on one PostgreSQL database, as a production cluster runs: a second Liberty server, a copy of the first's
 * configuration and EAR with ports of its own, works the same campaigns at the same time. Each holder still gets each
 * mail once, each facility one declaration, and the persistent tick stays single; and a mail left in the messaging store
 * of a server that never comes back is delivered, once, by the other. (Embedded Derby takes one server only: skipped on
 * it.)
 */
@EnabledIfSystemProperty(
        named = "it.db.kind",
        matches = "postgresql",
        disabledReason = "two servers need a shared database (PostgreSQL run)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    private static final String SECOND = It.SERVER_NAME + "-b";
    private static final String SECOND_URL = "http://localhost:" + Integer.getInteger("it.second.http.port", 9181);
    private static final String ROLLED_BACK = "rolled back (another server may have done it)";

    @BeforeAll
    static void startSecondServer() throws Exception {
        Servers.copy(
                It.SERVER_NAME,
                SECOND,
                Integer.getInteger("it.second.http.port", 9181),
                Integer.getInteger("it.second.https.port", 9544));
        Servers.start(SECOND, SECOND_URL);
        TestMailServer.ensureStarted();
    }

    @AfterAll
    static void stopSecondServer() throws Exception {
        Servers.stop(SECOND);
    }

    @Test
    @Order(1)
    void twoCampaignsLaunchedOnTwoServersAtOnceCallAndRemindEachHolderOnce() throws Exception {
        Instant since = MailQueueState.mark();
        long conflictsBefore = conflicts();
        List<Integer> years = CampaignFixture.freeYears(2);
        Map<String, String> holders = CampaignFixture.communeHolders();
        // Deadline in three days, reminders seven days before: each campaign's reminders follow its calls at once. Both
        // launches at the same moment, one per server: each server starts working at once on every pending campaign,
        // so both work on both, besides the persistent tick that fires on one or the other.
        CompletableFuture<Api.Reply> onFirst = CompletableFuture.supplyAsync(launch(It.BASE_URL, years.get(0)));
        CompletableFuture<Api.Reply> onSecond = CompletableFuture.supplyAsync(launch(SECOND_URL, years.get(1)));
        Map<Integer, Long> campaigns = Map.of(years.get(0), id(onFirst.join()), years.get(1), id(onSecond.join()));

        for (Map.Entry<Integer, Long> campaign : campaigns.entrySet()) {
            int year = campaign.getKey();
            JsonObject launched = awaitReminded(campaign.getValue(), Duration.ofSeconds(180));
            assertEquals(
                    launched.getInt("eligible"),
                    launched.getInt("created") + launched.getInt("skipped"),
                    launched.toString());
            long declarations = Api.as(
                            "CAFADM", "GET", "/api/v1/declarations?year=" + year + "&kind=FORECAST&size=1", null)
                    .json()
                    .getJsonNumber("total")
                    .longValue();
            assertEquals(launched.getInt("created"), declarations, "one declaration per facility created for " + year);

            Map<String, Map<String, Long>> notices = noticesByHolder(campaign.getValue());
            assertTrue(
                    notices.keySet().containsAll(holders.values()),
                    "every holder of the demo commune is called: " + notices.keySet());
            for (Map.Entry<String, Map<String, Long>> holder : notices.entrySet()) {
                assertEquals(
                        Map.of("CALL", 1L, "REMINDER", 1L),
                        holder.getValue(),
                        "one call and one reminder recorded for " + holder.getKey());
            }
            for (String email : notices.keySet()) {
                CampaignFixture.awaitMailsWithSubject(
                        email, "rappel : déclaration prévisionnelle " + year, Duration.ofSeconds(90));
            }
            MailQueueState.awaitQueueSettled(since);
            for (String email : notices.keySet()) {
                assertEquals(
                        1,
                        CampaignFixture.mailsWithSubject(email, "appel à déclaration prévisionnelle " + year),
                        "one call mail to " + email);
                assertEquals(
                        1,
                        CampaignFixture.mailsWithSubject(email, "rappel : déclaration prévisionnelle " + year),
                        "one reminder mail to " + email);
            }
        }
        for (String server : List.of(It.BASE_URL, SECOND_URL)) {
            JsonObject ticks = Servers.campaignTicks(server);
            assertEquals(1, ticks.getInt("timers"), "one persistent campaign tick seen from " + server + ": " + ticks);
        }
        System.out.println(
                "Batches rolled back because the other server had done them: " + (conflicts() - conflictsBefore));
    }

    /** Last: the second server is killed and stays down. */
    @Test
    @Order(2)
    void aMailLeftOnAServerThatNeverComesBackIsDeliveredOnceByTheOther() throws Exception {
        String recipient = It.uniqueRecipient("stranded");
        TestMailServer.stop();
        Api.Reply queued = Api.asAt(
                SECOND_URL, "CAFADM", "POST", "/api/v1/ops/mail-checks", "{\"recipient\":\"" + recipient + "\"}");
        assertEquals(202, queued.status(), queued.body());
        String key = queued.json().getString("id");
        // The second server tried, failed (SMTP down) and queued the next attempt in its own messaging store; then
        // dies.
        MailQueueState.awaitTrace(key, t -> "RETRYING".equals(t.getString("status")), "RETRYING");
        Servers.kill(SECOND);
        TestMailServer.ensureStarted();

        assertEquals(
                1,
                TestMailServer.awaitMailsTo(recipient, 1, Duration.ofSeconds(120))
                        .size(),
                "delivered by the first server: " + MailNotificationIT.trace(key));
        // Sent, and no message of it left but the one in the dead server's store: nothing else can act on it.
        MailQueueState.awaitTrace(
                key,
                t -> "SENT".equals(t.getString("status")) && t.getInt("pendingMessages") == 1,
                "sent with only the dead server's message left");
        assertEquals(
                1, TestMailServer.mailsTo(recipient).size(), "and once only, though every sweep may find it again");
    }

    private static Supplier<Api.Reply> launch(String server, int year) {
        return () -> {
            try {
                return CampaignFixture.launchAt(
                        server, year, LocalDate.now(), LocalDate.now().plusDays(3));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static long id(Api.Reply launched) {
        assertEquals(202, launched.status(), launched.body());
        return launched.json().getJsonNumber("id").longValue();
    }

    /** Waits until the campaign's calls are sent and as many reminders recorded as holders called. */
    private static JsonObject awaitReminded(long id, Duration timeout) throws Exception {
        return CampaignFixture.awaitCampaign(
                id,
                campaign -> campaign.getString("state").equals("LAUNCHED")
                        && campaign.getInt("reminded") > 0
                        && campaign.getInt("reminded") == campaign.getInt("mailed"),
                timeout);
    }

    /** The campaign's notices as its report lists them: for each e-mail, how many of each kind (CALL, REMINDER…). */
    private static Map<String, Map<String, Long>> noticesByHolder(long id) throws Exception {
        return Api.as("CAFADM", "GET", "/api/v1/campaigns/" + id + "/report", null)
                .json()
                .getJsonArray("mailed")
                .stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.groupingBy(
                        m -> m.getString("email"),
                        Collectors.groupingBy(m -> m.getString("notice"), Collectors.counting())));
    }

    /** Batches either server rolled back because the other had done them first (their warning in the logs). */
    private static long conflicts() throws Exception {
        return Servers.logLinesWith(It.SERVER_NAME, ROLLED_BACK) + Servers.logLinesWith(SECOND, ROLLED_BACK);
    }
}
