package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.It;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The idle timeout, shortened to 40 s on the test server (30 minutes by default): a warning comes before it,
 * "Rester connecté(e)" keeps the session, and without activity the user is signed out. The server enforces it on its
 * own: the cookies of a session left idle, or of a signed-out one, sign nobody in when they are sent again.
 */
class IdleTimeoutIT extends BrowserTest {

    private static final String SIGNED_IN = "logoutForm:logout";

    @Test
    void theUserIsWarnedMayStayAndIsSignedOutWhenIdleAndTheServerRefusesTheCookiesOfIdleOrSignedOutSessions() throws Exception {
        // A first session the browser then leaves without signing out: no page is open to count down for it.
        signIn("ENFRESP");
        String left = cookies();
        Api.Reply fresh = Api.withCookies("/accueil.xhtml", left);
        assertEquals(200, fresh.status(), "a copy of the browser's cookies is the signed-in user's while the session is active");
        assertTrue(fresh.body().contains(SIGNED_IN), "signed in on the replayed page");

        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "ENFRESP", It.DEMO_PASSWORD);
        wait(60).until(ExpectedConditions.urlContains("/accueil.xhtml"));
        wait(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("idle:idleDialog")));
        assertTrue(driver.findElement(By.id("idleText")).getText().contains("vous serez déconnecté(e)"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("idle:stay")).click();
        wait(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle:idleDialog")));
        driver.get(It.url("/accueil.xhtml"));
        assertTrue(driver.getCurrentUrl().contains("/accueil.xhtml"), "still signed in after staying");
        String countedDown = cookies();

        wait(90).until(ExpectedConditions.urlContains("/connexion.xhtml?expiree=1"));
        assertTrue(driver.findElement(By.id("sessionExpired")).getText().contains("période d'inactivité"));
        driver.get(It.url("/accueil.xhtml"));
        wait(30).until(ExpectedConditions.urlContains("/connexion.xhtml"));

        // The first session has now been idle for more than the timeout.
        Api.Reply api = Api.withCookies("/api/v1/me/connections?days=1", left);
        assertEquals(401, api.status(), "the API refuses the cookies of an idle session: " + api.body());
        assertTrue(api.body().contains("inactivité"), api.body());
        assertSentToSignIn(Api.withCookies("/accueil.xhtml", left), "the cookies of a session idle beyond its timeout");
        assertSentToSignIn(Api.withCookies("/accueil.xhtml", countedDown), "the cookies of a session signed out by the countdown");
    }

    @Test
    void theSignInCookieWithoutItsSessionSignsNobodyIn() throws Exception {
        signIn("ENFRESP");
        String sso = driver.manage().getCookieNamed("MCPSSO").getName() + "=" + driver.manage().getCookieNamed("MCPSSO").getValue();
        assertSentToSignIn(Api.withCookies("/accueil.xhtml", sso), "the SSO cookie alone, without the session it was given with");
        assertEquals(401, Api.withCookies("/api/v1/me/connections?days=1", sso).status(), "nor on the API");
    }

    private static void assertSentToSignIn(Api.Reply reply, String what) {
        assertEquals(302, reply.status(), what + " sign nobody in: " + reply.body());
        String location = reply.raw().headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/connexion.xhtml"), what + " lead to the sign-in page: " + location);
    }

    private static String cookies() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
