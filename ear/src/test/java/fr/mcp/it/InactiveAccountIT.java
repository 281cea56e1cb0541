package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.It;
import fr.mcp.it.support.Sirets;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The control plan's rules on real data (the rules themselves are tested on synthetic histories by unit tests).
 * The inactivity rule on a partner of its own: its administrator, who never signs in, is warned by mail once the rule's
 * 180 days have passed (anticipated by a Caf administrator on that partner), warned only once, suspended after the
 * 30 days of grace, then restored by the Caf: each step mailed and recorded as a security event.
 */
class InactiveAccountIT {

    @BeforeAll
    static void smtpUp() {
        TestMailServer.ensureStarted();
    }

    @Test
    void anAccountSilentForSixMonthsIsWarnedThenSuspendedThenRestoredEachStepMailedAndRecorded() throws Exception {
        long partnerId = Api.as(
                        "CAFADM", "POST", "/api/v1/partners", HabilitationRulesIT.partner(Sirets.unique(), "78"))
                .json()
                .getJsonNumber("id")
                .longValue();
        String account = HabilitationRulesIT.account("Silent");
        String email = account.replaceAll(".*\"email\":\"([^\"]+)\".*", "$1");
        Reply created = Api.as("CAFADM", "POST", "/api/v1/partners/" + partnerId + "/administrators", account);
        assertEquals(201, created.status(), created.body());
        String login = created.json().getString("login");
        // The server's day is Paris's; 182 and 213 days, not 181 and 212: a run between 22:00 and 23:00 UTC in winter,
        // once the summer time starts, is 4 minutes short of 180 x 24 hours at the start of day 181 (so not yet
        // inactive).
        LocalDate today = It.today();

        JsonObject now = check(partnerId, today);
        assertEquals(List.of(), logins(now, "warned"), "a new account is not inactive");
        assertEquals(180, now.getInt("inactiveDays"));

        JsonObject warned = check(partnerId, today.plusDays(182));
        assertEquals(List.of(login), logins(warned, "warned"));
        MimeMessage warning = mail(email, "sera suspendu faute de connexion");
        assertTrue(body(warning).contains("d'ici le"), body(warning));
        assertEquals(List.of(), logins(check(partnerId, today.plusDays(190)), "warned"), "warned once");
        assertEquals(
                List.of(), logins(check(partnerId, today.plusDays(200)), "suspended"), "the grace period is not over");

        JsonObject suspended = check(partnerId, today.plusDays(213));
        assertEquals(List.of(login), logins(suspended, "suspended"));
        mail(email, "est suspendu faute de connexion");
        long accountId = accountId(partnerId, login);
        assertEquals(
                "SUSPENDED",
                Api.as("CAFADM", "GET", "/api/v1/users/" + accountId + "?partnerId=" + partnerId, null)
                        .json()
                        .getString("status"));

        Reply restored =
                Api.as("CAFADM", "POST", "/api/v1/users/" + accountId + "/reopening?partnerId=" + partnerId, null);
        assertEquals(204, restored.status(), restored.body());
        assertTrue(body(mail(email, "est rétabli")).contains("rétabli par CAFADM"));
        assertEquals(
                "OPEN",
                Api.as("CAFADM", "GET", "/api/v1/users/" + accountId + "?partnerId=" + partnerId, null)
                        .json()
                        .getString("status"));
        assertEquals(List.of(), logins(check(partnerId, today), "warned"), "restored today: active again");
    }

    @Test
    void aPastDayAnotherCafsPartnerAndOtherRolesAreRefused() throws Exception {
        long parisPartner = Api.as("PARADM", "GET", "/api/v1/partners", null)
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Reply otherCaf =
                Api.as("CAFADM", "POST", "/api/v1/ops/inactivity-checks", "{\"partnerId\":" + parisPartner + "}");
        assertEquals(404, otherCaf.status(), otherCaf.body());
        Reply past = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/ops/inactivity-checks",
                "{\"partnerId\":" + parisPartner + ",\"asOf\":\"2020-01-01\"}");
        assertEquals(404, past.status(), "the partner is checked first: " + past.body());
        long ownPartner = Api.as("CAFADM", "GET", "/api/v1/partners?q=Saint-Cyr", null)
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Reply pastOwn = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/ops/inactivity-checks",
                "{\"partnerId\":" + ownPartner + ",\"asOf\":\"2020-01-01\"}");
        assertEquals(400, pastOwn.status());
        assertTrue(pastOwn.body().contains("pas pour une date passée"), pastOwn.body());
        assertEquals(
                403,
                Api.as("CAFREV", "POST", "/api/v1/ops/inactivity-checks", "{}").status());
        assertEquals(
                403,
                Api.as("ENFADM", "POST", "/api/v1/ops/inactivity-checks", "{}").status());
    }

    @Test
    void theSignInRulesRunOnTheCafsRecentSignInsAndRefuseABadPeriod() throws Exception {
        Reply findings = Api.as("CAFADM", "GET", "/api/v1/ops/sign-in-findings?days=30", null);
        assertEquals(200, findings.status(), findings.body());
        findings.jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .forEach(f -> assertTrue(
                        List.of("UNUSUAL_HOURS", "MANY_ADDRESSES").contains(f.getString("rule"))
                                && !f.getJsonArray("evidence").isEmpty(),
                        f.toString()));
        for (String bad : List.of("0", "91", "trente")) {
            Reply refused = Api.as("CAFADM", "GET", "/api/v1/ops/sign-in-findings?days=" + bad, null);
            assertEquals(400, refused.status(), bad + ": " + refused.body());
            assertTrue(refused.body().contains("entre 1 et 90"), refused.body());
        }
        assertEquals(
                403,
                Api.as("CAFREV", "GET", "/api/v1/ops/sign-in-findings", null).status());
    }

    private static JsonObject check(long partnerId, LocalDate asOf) throws Exception {
        Reply reply = Api.as(
                "CAFADM",
                "POST",
                "/api/v1/ops/inactivity-checks",
                "{\"partnerId\":" + partnerId + ",\"asOf\":\"" + asOf + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<String> logins(JsonObject report, String step) {
        return report.getJsonArray(step).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static long accountId(long partnerId, String login) throws Exception {
        return Api.as("CAFADM", "GET", "/api/v1/users?partnerId=" + partnerId + "&size=50", null)
                .json()
                .getJsonArray("rows")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(u -> u.getString("login").equals(login))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static MimeMessage mail(String email, String subject) throws Exception {
        List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 1, Duration.ofSeconds(60));
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage mail : TestMailServer.mailsTo(email)) {
                if (mail.getSubject().contains(subject)) {
                    return mail;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail « " + subject + " » to " + email + " among " + mails.size());
    }

    private static String body(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            return "";
        }
    }
}
