package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.CampaignFixture;
import fr.mcp.it.support.It;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The campaigns page in the browser: bad input refused in French, a launch followed to its end with the progress bar, axe-core clean. */
class CampaignPagesIT extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aReviewerLaunchesACampaignAndFollowsItToItsReport() throws Exception {
        int year = CampaignFixture.freeYear();
        signIn("CAFREV");
        driver.findElement(By.linkText("Campagnes")).click();
        waitFor("/caf/campagnes.xhtml");
        Browser.assertAccessible(driver);
        Browser.submit(driver, By.id("newCampaign:launch"));
        assertTrue(messages().contains("Le type de déclaration"), messages());
        assertTrue(messages().contains("Choisissez au moins un type d'équipement"), messages());
        Browser.assertAccessible(driver);

        new Select(driver.findElement(By.id("newCampaign:kind"))).selectByValue("FORECAST");
        type("newCampaign:year", String.valueOf(year));
        driver.findElement(By.cssSelector("input[name='newCampaign:types'][value='RPE']"))
                .click();
        type("newCampaign:opensOn", LocalDate.now().format(DAY));
        type("newCampaign:deadline", LocalDate.now().plusDays(20).format(DAY));
        Browser.submit(driver, By.id("newCampaign:launch"));
        assertTrue(messages().contains("est enregistrée : son lancement se fait en arrière-plan"), messages());
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.get(It.url("/caf/campagnes.xhtml"));
                    List<WebElement> rows = d.findElements(By.cssSelector("table[id='campaigns:list'] tbody tr"));
                    assertFalse(
                            rows.isEmpty(),
                            () -> "the campaign list after the launch, at " + d.getCurrentUrl() + ": "
                                    + d.findElement(By.tagName("body")).getText());
                    String newest = rows.get(0).getText();
                    return newest.contains("Prévisionnelle " + year) && newest.contains("Lancée");
                });
        String list = driver.findElement(By.id("campaigns:list")).getText();
        assertTrue(list.contains("Prévisionnelle " + year) && list.contains("100 %"), list);
        Browser.submit(driver, By.id("campaigns:list:0:report"));
        assertTrue(
                driver.findElement(By.id("campaigns:report")).getText().contains("Compte rendu de la campagne"),
                "the report is shown");
        Browser.assertAccessible(driver);

        driver.findElement(By.linkText("Statistiques")).click();
        waitFor("/caf/statistiques.xhtml");
        type("stats:year", String.valueOf(year));
        Browser.submit(driver, By.id("stats:show"));
        assertTrue(
                driver.findElement(By.id("states")).getText().contains("À saisir"),
                driver.findElement(By.id("states")).getText());
        assertTrue(!driver.findElements(By.cssSelector("canvas")).isEmpty(), "the charts are drawn");
        Browser.assertAccessible(driver);
        logout();
    }
}
