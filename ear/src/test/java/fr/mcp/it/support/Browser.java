package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with an axe-core accessibility check. */
public final class Browser {

    private Browser() {}

    public static WebDriver open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.binary().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=fr-FR",
                "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Chromium.driver().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Fails with the details of every serious or critical axe-core violation on the current page. */
    public static void assertAccessible(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            screenshot(driver, "axe-" + System.currentTimeMillis());
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n"
                    + blocking.stream()
                            .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " -> "
                                    + rule.getNodes().stream()
                                            .map(node -> String.valueOf(node.getTarget()))
                                            .collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
    }

    public static void signIn(WebDriver driver, String login, String password) {
        driver.get(It.url("/connexion.xhtml"));
        driver.findElement(By.id("login:loginId")).sendKeys(login);
        driver.findElement(By.id("login:password")).sendKeys(password);
        submit(driver, By.id("login:submit"));
    }

    /** Clicks a button that posts the page, and waits for the next page to replace it. */
    public static void submit(WebDriver driver, By button) {
        staySignedInIfWarned(driver);
        WebElement element = driver.findElement(button);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(element));
    }

    /**
     * Answers the idle warning if it is open, as a user would: the test server warns after 20 s without a request, and
     * under CI's load a journey can stay that long on one page (axe-core's run, the reads). When the warning comes is
     * IdleTimeoutIT's to prove; the other journeys only must not click through its mask.
     */
    private static void staySignedInIfWarned(WebDriver driver) {
        List<WebElement> dialog = driver.findElements(By.id("idle:idleDialog"));
        if (dialog.isEmpty() || !dialog.get(0).isDisplayed()) {
            return;
        }
        System.out.println("Idle warning open on " + driver.getCurrentUrl() + ": answered « Rester connecté(e) »");
        driver.findElement(By.id("idle:stay")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle:idleDialog")));
    }

    /**
     * Waits until the element found by {@code locator} shows {@code text}. Unlike Selenium's
     * {@code textToBePresentInElementLocated}, it also rides over Chrome's "node does not belong to the
     * document" error, which a page replaced by an Ajax update or a post can raise between finding and reading.
     */
    public static void awaitText(WebDriver driver, By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(locator).getText().contains(text));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException stale) {
            // Stale element, or Chrome's "node does not belong to the document": the page was replaced.
            return true;
        }
    }

    public static void screenshot(WebDriver driver, String name) {
        try {
            Path folder = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"));
        } catch (Exception e) {
            // A missing screenshot must not hide the real failure.
        }
    }
}
