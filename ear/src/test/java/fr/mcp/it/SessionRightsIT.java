package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.It;
import fr.mcp.it.support.NewAccounts;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A session lasts only as long as the access and the rights it was opened with: a role withdrawn ends the sessions
 * that had it (and only those), a closed account ends all of its sessions, each at its next request, with the reason
 * on the sign-in page or in the API's answer, and a security event for the Caf. (The test server reads them again on
 * every request; in production every {@code mcp.session.recheckSeconds}, a minute.)
 */
class SessionRightsIT extends BrowserTest {

    private static final String PASSWORD = "Clef-Secrete-42!";

    @Test
    void aWithdrawnRoleEndsTheSessionsThatHadItAndAClosedAccountEndsThemAll() throws Exception {
        String email = It.uniqueRecipient("droits");
        String login = NewAccounts.openByApi("Droits", "Denise", email);
        long accountId = Api.as("ENFADM", "GET", "/api/v1/users?login=" + login, null)
                .json()
                .getJsonArray("rows")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        // Signed in in the browser before being given any group.
        NewAccounts.firstLogin(driver, NewAccounts.fromMails(email), PASSWORD);

        long declarers = declarerGroup();
        assertEquals(
                204,
                Api.as("ENFADM", "PUT", "/api/v1/groups/" + declarers + "/members/" + accountId, null)
                        .status());
        // Signed in on the API as a member of the group: the session has the role AFAS_DECLARER.
        Reply signedIn = Api.call("GET", "/api/v1/me/connections?days=1", null, login, PASSWORD);
        assertEquals(200, signedIn.status(), signedIn.body());
        String cookies = String.join(
                "; ",
                signedIn.raw().headers().allValues("Set-Cookie").stream()
                        .map(c -> c.split(";", 2)[0])
                        .toList());
        assertEquals(
                200,
                Api.withCookies("/api/v1/me/connections?days=1", cookies).status(),
                "the API goes on with the cookies of a password call");

        assertEquals(
                204,
                Api.as("ENFADM", "DELETE", "/api/v1/groups/" + declarers + "/members/" + accountId, null)
                        .status());
        Reply withdrawn = Api.withCookies("/api/v1/me/connections?days=1", cookies);
        assertEquals(
                401, withdrawn.status(), "the session signed in with the withdrawn role ends: " + withdrawn.body());
        assertTrue(withdrawn.body().contains("Vos droits ont changé"), withdrawn.body());
        driver.get(It.url("/accueil.xhtml"));
        assertTrue(
                driver.getCurrentUrl().contains("/accueil.xhtml"),
                "the browser's session never had that role and goes on: " + driver.getCurrentUrl());
        assertEquals(
                200,
                Api.call("GET", "/api/v1/me/connections?days=1", null, login, PASSWORD)
                        .status(),
                "signing in again works");

        assertEquals(
                204,
                Api.as("ENFADM", "POST", "/api/v1/users/" + accountId + "/closure", null)
                        .status());
        driver.get(It.url("/accueil.xhtml"));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.urlContains("/connexion.xhtml?acces=1"));
        assertTrue(
                driver.findElement(By.id("accessEnded")).getText().contains("clos ou suspendu"),
                driver.findElement(By.id("accessEnded")).getText());
        Browser.assertAccessible(driver);
        driver.get(It.url("/accueil.xhtml"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/connexion.xhtml"));

        List<String> ended = Api.as(
                        "CAFADM",
                        "GET",
                        "/api/v1/audit/journal?source=SECURITY&login=" + login + "&action=SESSION_ENDED&size=50",
                        null)
                .json()
                .getJsonArray("rows")
                .stream()
                .map(JsonValue::toString)
                .toList();
        assertEquals(2, ended.size(), "one security event per session ended: " + ended);
        assertTrue(
                ended.stream().anyMatch(e -> e.contains("rights_withdrawn"))
                        && ended.stream().anyMatch(e -> e.contains("access_ended")),
                ended.toString());
    }

    private static long declarerGroup() throws Exception {
        for (JsonValue value : Api.as("ENFADM", "GET", "/api/v1/groups", null).jsonArray()) {
            if ("AFAS_DECLARER".equals(value.asJsonObject().getString("applicationRole"))) {
                return value.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("the commune has an AFAS_DECLARER group in the demo data");
    }
}
