package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.It;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The idle timeout, shortened to 40 s on the test server (30 minutes by default): a warning comes before it,
 * "Rester connecté(e)" keeps the session, and without activity the user is signed out.
 */
class IdleTimeoutIT extends BrowserTest {


    @Test
    void theUserIsWarnedMayStayAndIsSignedOutWhenIdle() {
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

        wait(90).until(ExpectedConditions.urlContains("/connexion.xhtml?expiree=1"));
        assertTrue(driver.findElement(By.id("sessionExpired")).getText().contains("période d'inactivité"));
        driver.get(It.url("/accueil.xhtml"));
        wait(30).until(ExpectedConditions.urlContains("/connexion.xhtml"));
    }

    private static WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
