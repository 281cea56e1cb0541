package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import fr.mcp.it.support.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Campaigns on the demo data of the Caf des Yvelines: a year without forecasts, launching, waiting, the demo commune's role holders. */
public final class CampaignFixture {

    private CampaignFixture() {}

    /**
     * A year (2099 downwards) where no facility of the Caf has a forecast yet and no forecast campaign was launched (one
     * whose declarations are not created yet, after a failed test, would take them), so that a campaign creates them all.
     */
    public static int freeYear() throws Exception {
        return freeYears(1).get(0);
    }

    /** Several such years, from the latest down. */
    public static List<Integer> freeYears(int count) throws Exception {
        Reply campaigns = Api.as("CAFADM", "GET", "/api/v1/campaigns", null);
        assertEquals(200, campaigns.status(), campaigns.body());
        Set<Integer> launched = campaigns.jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("kind").equals("FORECAST"))
                .map(c -> c.getInt("year"))
                .collect(Collectors.toSet());
        List<Integer> free = new ArrayList<>();
        for (int year = 2099; year > 2040 && free.size() < count; year--) {
            Reply page = Api.as("CAFADM", "GET", "/api/v1/declarations?year=" + year + "&kind=FORECAST&size=1", null);
            assertEquals(200, page.status(), page.body());
            if (!launched.contains(year) && page.json().getJsonNumber("total").longValue() == 0) {
                free.add(year);
            }
        }
        if (free.size() < count) {
            throw new IllegalStateException("no free year left");
        }
        return free;
    }

    public static Reply launch(int year, LocalDate opensOn, LocalDate deadline) throws Exception {
        return launchAt(It.BASE_URL, year, opensOn, deadline);
    }

    /** A forecast campaign of every facility type, launched by the demo Caf's administrator on a given server (base URL). */
    public static Reply launchAt(String baseUrl, int year, LocalDate opensOn, LocalDate deadline) throws Exception {
        return Api.asAt(
                baseUrl,
                "CAFADM",
                "POST",
                "/api/v1/campaigns",
                "{\"kind\":\"FORECAST\",\"year\":" + year
                        + ",\"facilityTypes\":[\"RPE\",\"ALSH\",\"LAEP\",\"EAJE\",\"ER\",\"MF\",\"JEUNESSE\",\"AIDE_DOMICILE\"],\"opensOn\":\""
                        + opensOn
                        + "\",\"deadline\":\"" + deadline + "\",\"reminderDays\":7}");
    }

    public static long launched(int year) throws Exception {
        Reply reply = launch(year, LocalDate.now(), LocalDate.now().plusDays(30));
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Waits until the campaign's background work is over (state LAUNCHED) and returns it. */
    public static JsonObject awaitLaunched(long id, Duration timeout) throws Exception {
        return awaitCampaign(id, campaign -> campaign.getString("state").equals("LAUNCHED"), timeout);
    }

    /** Waits until the campaign, as its page reads it, is as expected, and returns it. */
    public static JsonObject awaitCampaign(long id, Predicate<JsonObject> expected, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject campaign = null;
        while (Instant.now().isBefore(deadline)) {
            Reply reply = Api.as("CAFADM", "GET", "/api/v1/campaigns/" + id, null);
            if (reply.status() == 200) {
                campaign = reply.json();
                if (expected.test(campaign)) {
                    return campaign;
                }
            }
            Thread.sleep(500);
        }
        fail("campaign " + id + " not as expected in time: " + campaign);
        return null;
    }

    /** The e-mail of every user of the demo commune holding an AFAS role in force today, by login. */
    public static Map<String, String> communeHolders() throws Exception {
        long partnerId = Api.as("CAFADM", "GET", "/api/v1/partners?q=Saint-Cyr", null)
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        List<String> logins = Api.as(
                        "CAFADM", "GET", "/api/v1/assignments?partnerId=" + partnerId + "&state=ACTIVE&size=200", null)
                .json()
                .getJsonArray("rows")
                .stream()
                .map(JsonValue::asJsonObject)
                .map(row -> row.getString("login"))
                .distinct()
                .toList();
        Map<String, String> emails = new TreeMap<>();
        for (String login : logins) {
            JsonObject user = Api.as("CAFADM", "GET", "/api/v1/users?partnerId=" + partnerId + "&login=" + login, null)
                    .json()
                    .getJsonArray("rows")
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .filter(u -> u.getString("login").equals(login))
                    .findFirst()
                    .orElseThrow();
            if (user.getString("status").equals("OPEN")) {
                emails.put(login, user.getString("email"));
            }
        }
        return emails;
    }

    /** The mails a recipient received whose subject contains a text, in the order received. */
    private static List<MimeMessage> withSubject(String email, String subject) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : TestMailServer.mailsTo(email)) {
            if (mail.getSubject().contains(subject)) {
                found.add(mail);
            }
        }
        return found;
    }

    /** How many mails a recipient received whose subject contains a text. */
    public static long mailsWithSubject(String email, String subject) throws Exception {
        return withSubject(email, subject).size();
    }

    /** The text of the (first) mail a recipient received whose subject contains a text. */
    public static String bodyWithSubject(String email, String subject) throws Exception {
        List<MimeMessage> found = withSubject(email, subject);
        if (found.isEmpty()) {
            throw new AssertionError("no mail '" + subject + "' for " + email);
        }
        return (String) found.get(0).getContent();
    }

    /** Waits until a recipient has at least one mail whose subject contains a text, and returns how many they have. */
    public static long awaitMailsWithSubject(String email, String subject, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long count;
        while ((count = mailsWithSubject(email, subject)) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
        }
        return count;
    }

    /**
     * How many different mails (by Message-ID, derived from the outbound mail's key) a recipient has with a subject.
     * A kill between the SMTP server's acceptance and the commit that marks the mail sent makes the restarted server
     * hand the same mail over again (at-least-once: SMTP takes no part in the transaction); it keeps its Message-ID,
     * so the receiving side sees one mail. A second mail of the application (another key) counts twice.
     */
    public static long distinctMailsWithSubject(String email, String subject) throws Exception {
        Set<String> ids = new HashSet<>();
        for (MimeMessage mail : withSubject(email, subject)) {
            ids.add(mail.getMessageID());
        }
        return ids.size();
    }
}
