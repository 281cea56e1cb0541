package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A test class driving one headless Chromium for all its tests, with the test SMTP server up. Tagged {@code browser}:
 * CI runs these journeys once (PostgreSQL); they are skipped, with the reason, where Chromium is not installed.
 */
@Tag("browser")
@ExtendWith(Chromium.class)
public abstract class BrowserTest {

    protected static WebDriver driver;

    @BeforeAll
    static void openBrowser() {
        TestMailServer.ensureStarted();
        driver = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Signs in with a clean cookie jar and waits for the welcome page. */
    protected static void signIn(String login, String password) {
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, login, password);
        waitFor("/accueil.xhtml");
    }

    /** Signs in as a demo account. */
    protected static void signIn(String login) {
        signIn(login, It.DEMO_PASSWORD);
    }

    protected static void logout() {
        Browser.submit(driver, By.id("logoutForm:logout"));
        driver.manage().deleteAllCookies();
    }

    /** Replaces a field's content. */
    protected static void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }

    /** The page's global messages. */
    protected static String messages() {
        List<WebElement> found = driver.findElements(By.id("messages"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** Waits for an address, and fails on an error page. */
    protected static void waitFor(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(path));
        assertFalse(driver.getCurrentUrl().contains("/erreur/"), driver.getCurrentUrl());
    }
}
