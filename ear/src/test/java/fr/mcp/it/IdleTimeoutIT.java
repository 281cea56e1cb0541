package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.DeclarationFixture;
import fr.mcp.it.support.It;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The idle timeout, shortened to 40 s on the test server (30 minutes by default): a warning comes before it,
 * "Rester connecté(e)" keeps the session, and without activity the user is signed out. The server enforces it on its
 * own: the cookies of a session left idle, or of a signed-out one, sign nobody in when they are sent again. A user
 * working on a page without sending anything (typing) keeps the session, and a tab left idle beside the one they work
 * in neither warns nor signs them out.
 */
class IdleTimeoutIT extends BrowserTest {

    private static final String SIGNED_IN = "logoutForm:logout";
    private static final String GROUPS = "/partenaire/groupes.xhtml";
    private static final String SIMULATION = "/simulation.xhtml?exemple=1";

    @Test
    void theUserIsWarnedMayStayAndIsSignedOutWhenIdleAndTheServerRefusesTheCookiesOfIdleOrSignedOutSessions()
            throws Exception {
        // A first session the browser then leaves without signing out: no page is open to count down for it.
        signIn("ENFRESP");
        String left = cookies();
        Api.Reply fresh = Api.withCookies("/accueil.xhtml", left);
        assertEquals(
                200,
                fresh.status(),
                "a copy of the browser's cookies is the signed-in user's while the session is active");
        assertTrue(fresh.body().contains(SIGNED_IN), "signed in on the replayed page");
        // A second one, which only the browser will use again (a replay signs the token out: see below).
        signIn("ENFRESP");
        String asleep = cookies();

        // Meanwhile, in another browser, a provider types in a declaration's field for longer than the timeout without
        // leaving it (nothing sent by the page itself), with a second tab of the portal left idle beside it.
        DeclarationFixture d = DeclarationFixture.create();
        WebDriver worker = Browser.open();
        try {
            Typist typist = Typist.onDeclaration(worker, d);

            driver.manage().deleteAllCookies();
            Browser.signIn(driver, "ENFRESP", It.DEMO_PASSWORD);
            wait(60).until(ExpectedConditions.urlContains("/accueil.xhtml"));
            typist.typingWhile(wait(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("idle:idleDialog")));
            assertTrue(driver.findElement(By.id("idleText")).getText().contains("vous serez déconnecté(e)"));
            Browser.assertAccessible(driver);
            driver.findElement(By.id("idle:stay")).click();
            wait(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle:idleDialog")));
            driver.get(It.url(GROUPS));
            assertTrue(
                    driver.getCurrentUrl().endsWith(GROUPS),
                    "still signed in after staying: " + driver.getCurrentUrl());
            String countedDown = cookies();

            typist.typingWhile(wait(90)).until(ExpectedConditions.urlContains("/connexion.xhtml?expiree=1"));
            assertTrue(driver.findElement(By.id("sessionExpired")).getText().contains("période d'inactivité"));
            assertTrue(driver.findElements(By.id(SIGNED_IN)).isEmpty(), "signed out");
            signInHere("ENFRESP");
            wait(30).until(ExpectedConditions.urlContains(GROUPS));
            assertTrue(
                    driver.getCurrentUrl().endsWith(GROUPS),
                    "signing in again comes back to the page left: " + driver.getCurrentUrl());

            // The first session has now been idle for more than the timeout.
            Api.Reply api = Api.withCookies("/api/v1/me/connections?days=1", left);
            assertEquals(401, api.status(), "the API refuses the cookies of an idle session: " + api.body());
            assertTrue(api.body().contains("inactivité"), api.body());
            assertSentToSignIn(
                    Api.withCookies("/accueil.xhtml", left), "the cookies of a session idle beyond its timeout");
            assertSentToSignIn(
                    Api.withCookies("/accueil.xhtml", countedDown),
                    "the cookies of a session signed out by the countdown");

            // The browser comes back with the idle session's cookies, its page having counted nothing (a computer
            // asleep).
            driver.manage().deleteAllCookies();
            for (String cookie : asleep.split("; ")) {
                driver.manage()
                        .addCookie(new Cookie(
                                cookie.substring(0, cookie.indexOf('=')),
                                cookie.substring(cookie.indexOf('=') + 1),
                                "/"));
            }
            driver.get(It.url(SIMULATION));
            wait(30).until(ExpectedConditions.urlContains("/connexion.xhtml?expiree=1"));
            signInHere("ENFRESP");
            wait(30).until(ExpectedConditions.urlContains("/simulation.xhtml"));
            assertTrue(
                    driver.getCurrentUrl().endsWith(SIMULATION),
                    "back to the page asked, with its query: " + driver.getCurrentUrl());

            typist.finishAndCheckNothingWasLost();
        } finally {
            worker.quit();
        }
    }

    @Test
    void theSignOutAddressOfTheCountdownLeavesASessionInUseAloneAndTheKeepAliveAnswersOnlyThePage() throws Exception {
        signIn("ENFRESP");
        String active = cookies();
        Api.Reply back =
                Api.withCookies("/session-expiree?retour=%2Fpartenaire%2Fdeclarations.xhtml%3Fpage%3D2", active);
        assertEquals(302, back.status(), back.body());
        assertTrue(
                location(back).endsWith("/partenaire/declarations.xhtml?page=2"),
                "back to the page the tab was on: " + location(back));
        for (String elsewhere :
                new String[] {"%2F%2Fexemple.org%2F", "%2F%5Cexemple.org", "https%3A%2F%2Fexemple.org%2F"}) {
            String location = location(Api.withCookies("/session-expiree?retour=" + elsewhere, active));
            assertTrue(
                    location.endsWith("/accueil.xhtml") && !location.contains("exemple"),
                    "never to another site: " + elsewhere + " -> " + location);
        }
        assertEquals(
                204,
                Api.bearer(null, "POST", "/session-active", null, null, "Cookie", active, "X-MCP-Activity", "1")
                        .status(),
                "the page's keep-alive, signed in");
        assertEquals(
                400,
                Api.bearer(null, "POST", "/session-active", null, null, "Cookie", active)
                        .status(),
                "a keep-alive needs the page's header, which another site's page cannot send");
        assertEquals(
                401,
                Api.bearer(null, "POST", "/session-active", null, null, "X-MCP-Activity", "1")
                        .status(),
                "signed out");
        Api.Reply stillIn = Api.withCookies("/accueil.xhtml", active);
        assertEquals(200, stillIn.status(), "the session goes on");
        assertTrue(stillIn.body().contains(SIGNED_IN), "signed in");
    }

    /** A user typing in one tab of the portal, another tab left idle; both in a browser of their own. */
    private record Typist(WebDriver browser, WebElement field, String workingTab, String idleTab, long since) {

        private static final By STATUS = By.id("decl:forms:0:fields:1:fieldStatus");

        static Typist onDeclaration(WebDriver browser, DeclarationFixture d) {
            Browser.signIn(browser, "ENFFDA", It.DEMO_PASSWORD);
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/accueil.xhtml"));
            String workingTab = browser.getWindowHandle();
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get(It.url("/accueil.xhtml"));
            String idleTab = browser.getWindowHandle();
            browser.switchTo().window(workingTab);
            browser.get(It.url("/partenaire/declaration.xhtml?id=" + d.declarationId()));
            WebElement field = browser.findElement(By.id("decl:forms:0:fields:1:value"));
            field.click();
            return new Typist(browser, field, workingTab, idleTab, System.nanoTime());
        }

        /** The wait, the user typing a key (and taking it back) at each look. */
        Wait<WebDriver> typingWhile(WebDriverWait wait) {
            wait.pollingEvery(Duration.ofSeconds(2));
            return new Wait<>() {
                @Override
                public <V> V until(Function<? super WebDriver, ? extends V> condition) {
                    return wait.until(d -> {
                        String value = field.getDomProperty("value");
                        field.sendKeys(value.isEmpty() ? "1" : Keys.BACK_SPACE.toString());
                        return condition.apply(d);
                    });
                }
            };
        }

        /** Leaves the field after more than the timeout of typing: the value is saved, the idle tab still signed in. */
        void finishAndCheckNothingWasLost() {
            long typedSeconds = Duration.ofNanos(System.nanoTime() - since).toSeconds();
            assertTrue(typedSeconds > 45, "typed for longer than the 40 s timeout: " + typedSeconds + " s");
            field.sendKeys(field.getDomProperty("value").isEmpty() ? "12" : "2", Keys.TAB);
            // The status is rendered again by the autosave's answer: an element read as it is replaced is read again.
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "the value typed is saved on leaving the field, at " + browser.getCurrentUrl())
                    .until(d -> d.findElements(STATUS).stream()
                            .anyMatch(e -> e.getText().startsWith("Enregistré à")));
            browser.get(browser.getCurrentUrl());
            assertEquals(
                    "12",
                    browser.findElement(By.id("decl:forms:0:fields:1:value")).getDomProperty("value"),
                    "the typed value is saved");
            browser.switchTo().window(idleTab);
            assertTrue(
                    browser.getCurrentUrl().contains("/accueil.xhtml"),
                    "the idle tab neither signed out nor left: " + browser.getCurrentUrl());
            assertFalse(
                    browser.findElement(By.id("idle:idleDialog")).isDisplayed(),
                    "nor warned, while the user worked in the other tab");
            browser.switchTo().window(workingTab);
        }
    }

    /** Signs in on the sign-in page the browser is on, keeping its session (and the page to come back to). */
    private static void signInHere(String login) {
        driver.findElement(By.id("login:loginId")).sendKeys(login);
        driver.findElement(By.id("login:password")).sendKeys(It.DEMO_PASSWORD);
        Browser.submit(driver, By.id("login:submit"));
    }

    private static String location(Api.Reply reply) {
        return reply.raw().headers().firstValue("Location").orElse("");
    }

    @Test
    void theSignInCookieWithoutItsSessionSignsNobodyIn() throws Exception {
        signIn("ENFRESP");
        String sso = driver.manage().getCookieNamed("MCPSSO").getName() + "="
                + driver.manage().getCookieNamed("MCPSSO").getValue();
        assertSentToSignIn(
                Api.withCookies("/accueil.xhtml", sso), "the SSO cookie alone, without the session it was given with");
        assertEquals(401, Api.withCookies("/api/v1/me/connections?days=1", sso).status(), "nor on the API");
    }

    private static void assertSentToSignIn(Api.Reply reply, String what) {
        assertEquals(302, reply.status(), what + " sign nobody in: " + reply.body());
        String location = location(reply);
        assertTrue(location.contains("/connexion.xhtml"), what + " lead to the sign-in page: " + location);
    }

    private static String cookies() {
        return driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
