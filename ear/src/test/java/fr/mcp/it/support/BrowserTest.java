package fr.mcp.it.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

/** A test class driving one headless Chromium for all its tests, with the test SMTP server up. */
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
}
