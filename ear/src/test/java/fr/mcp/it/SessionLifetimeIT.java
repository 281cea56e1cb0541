package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.DeclarationFixture;
import fr.mcp.it.support.It;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * However active, a session ends at its longest life (12 hours after the sign-in): the page announces it ten minutes
 * before, with the time, in every tab of the portal; "Continuer" closes the notice in all of them; "Me reconnecter
 * maintenant" signs out, and signing in again comes back to the page. The test server keeps the 12 hours (every test's
 * session shares it), so the test moves the end the page was given closer; the server's own end at the limit is
 * {@code SignedInSessionFilter}'s, by the same sign-in time.
 */
class SessionLifetimeIT extends BrowserTest {

    private static final By NOTICE = By.id("lifetime:lifetimeDialog");
    private static final long TWELVE_HOURS = 43_200_000;

    @Test
    void theEndOfTheSessionIsAnnouncedInEveryTabAndSigningInAgainComesBackToThePage() throws Exception {
        DeclarationFixture d = DeclarationFixture.create();
        String page = "/partenaire/declaration.xhtml?id=" + d.declarationId();
        signIn("ENFFDA");
        driver.get(It.url(page));
        long left = Long.parseLong(driver.findElement(By.id("mcpIdle")).getDomAttribute("data-life-left-millis"));
        assertTrue(
                left > TWELVE_HOURS - 300_000 && left <= TWELVE_HOURS,
                "12 hours from the sign-in, less the seconds since: " + left);
        assertEquals(
                "600000",
                driver.findElement(By.id("mcpIdle")).getDomAttribute("data-life-notice-millis"),
                "ten minutes before");
        String declarationTab = driver.getWindowHandle();
        endLifeIn(605);
        awaitNotice();

        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(It.url("/accueil.xhtml"));
        endLifeIn(605);
        awaitNotice();
        String text = driver.findElement(By.id("lifetimeText")).getText();
        assertTrue(
                text.contains("au plus 12 heures, même active")
                        && text.matches("(?s).*prendra fin à \\d{1,2}h\\d{2}\\..*"),
                text);
        Browser.assertAccessible(driver);
        assertEquals(
                "lifetime:keepOn",
                driver.switchTo().activeElement().getDomAttribute("id"),
                "the keyboard is on « Continuer »");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait(10).until(ExpectedConditions.invisibilityOfElementLocated(NOTICE));

        driver.switchTo().window(declarationTab);
        wait(10).until(ExpectedConditions.invisibilityOfElementLocated(NOTICE));
        long looked = checks();
        wait(10).until(tab -> checks() >= looked + 2);
        assertTrue(
                !driver.findElement(NOTICE).isDisplayed(),
                "seen in one tab, the notice of the same end does not come back");

        // Another end (the page told again): announced again; the user chooses to sign in again at once.
        endLifeIn(300);
        awaitNotice();
        driver.findElement(By.id("lifetime:renew")).click();
        wait(30).until(ExpectedConditions.urlContains("/connexion.xhtml"));
        assertTrue(driver.findElements(By.id("logoutForm:logout")).isEmpty(), "signed out");
        Browser.signIn(driver, "ENFFDA", It.DEMO_PASSWORD);
        wait(30).until(ExpectedConditions.urlContains(page));
        assertTrue(
                driver.getCurrentUrl().endsWith(page),
                "back on the declaration after signing in again: " + driver.getCurrentUrl());
        assertTrue(driver.findElements(By.id("logoutForm:logout")).size() == 1, "signed in");
    }

    @Test
    void atTheEndOfItsLifeThePageAsksTheServerWhichDecides() {
        signIn("ENFRESP");
        ((JavascriptExecutor) driver).executeScript("window.mcpBefore = true;");
        endLifeIn(1);
        wait(15).until(d -> ((JavascriptExecutor) d)
                .executeScript("return window.mcpBefore === undefined;")
                .equals(Boolean.TRUE));
        assertTrue(
                driver.getCurrentUrl().endsWith("/accueil.xhtml"),
                "the page asked for itself again: " + driver.getCurrentUrl());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.mcpBefore;"));
        assertTrue(
                driver.findElements(By.id("logoutForm:logout")).size() == 1,
                "the server, for which the session is young, keeps it");
    }

    /** Moves the end of the session's life, as the page counts it, to {@code seconds} from now. */
    private static void endLifeIn(int seconds) {
        assertTrue(
                !driver.findElements(By.id("mcpIdle")).isEmpty(),
                () -> "a signed-in page: " + driver.getCurrentUrl() + " "
                        + driver.findElement(By.tagName("body")).getText());
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById('mcpIdle').setAttribute('data-life-left-millis', String(Math.round(performance.now()) + arguments[0] * 1000));",
                        seconds);
    }

    /** How many times the page has looked at the session's end and idleness (once a second). */
    private static long checks() {
        String checks = driver.findElement(By.id("mcpIdle")).getDomAttribute("data-checks");
        return checks == null ? 0 : Long.parseLong(checks);
    }

    private static void awaitNotice() {
        wait(15).until(ExpectedConditions.visibilityOfElementLocated(NOTICE));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
