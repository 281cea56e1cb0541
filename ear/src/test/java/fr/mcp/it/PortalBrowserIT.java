package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.It;
import fr.mcp.it.support.TestMailServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The portal shell in a real browser: French pages, sign-in, menu by rights, error pages, accessibility. */
class PortalBrowserIT extends BrowserTest {

    private static final Map<String, String> DEMO_ACCOUNTS = Map.of(
            "CAFADM",
            "Claire Martin",
            "CAFREV",
            "Louis Bernard",
            "PARADM",
            "Sophie Petit",
            "ENFADM",
            "Hélène Durand",
            "ENFRESP",
            "Julien Moreau",
            "ENFFDA",
            "Camille Lefèvre",
            "ENFFDF",
            "Thomas Roux",
            "ENFAPP",
            "Nathalie Fournier");

    @Test
    void theHomePageIsInFrenchAndAccessible() {
        driver.manage().deleteAllCookies();
        driver.get(It.url("/"));

        assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(
                "Bienvenue sur Mon Compte Partenaire",
                driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.getTitle().contains("Mon Compte Partenaire"));
        assertEquals(1, driver.findElements(By.tagName("main")).size(), "one main landmark");
        assertEquals("#contenu", driver.findElement(By.className("skip-link")).getAttribute("hash"));
        Browser.assertAccessible(driver);
    }

    @Test
    void theLoginPageIsAccessibleAndItsFieldsAreLabelled() {
        driver.manage().deleteAllCookies();
        driver.get(It.url("/connexion.xhtml"));

        assertTrue(driver.findElement(By.cssSelector("label[for='login:loginId']"))
                .getText()
                .startsWith("Identifiant"));
        assertTrue(driver.findElement(By.cssSelector("label[for='login:password']"))
                .getText()
                .startsWith("Mot de passe"));
        Browser.assertAccessible(driver);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CAFADM", "CAFREV", "PARADM", "ENFADM", "ENFRESP", "ENFFDA", "ENFFDF", "ENFAPP"})
    void everyDemoAccountCanSignInAndOut(String login) {
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, login, It.DEMO_PASSWORD);

        wait(driver).until(ExpectedConditions.urlContains("/accueil.xhtml"));
        assertTrue(driver.findElement(By.id("greeting")).getText().contains(DEMO_ACCOUNTS.get(login)));
        assertTrue(driver.findElement(By.className("mcp-user-name")).getText().contains(DEMO_ACCOUNTS.get(login)));

        driver.findElement(By.id("logoutForm:logout")).click();
        wait(driver).until(ExpectedConditions.urlContains("deconnexion=1"));
        assertTrue(driver.getPageSource().contains("Vous êtes déconnecté(e)."));
        driver.get(It.url("/accueil.xhtml"));
        wait(driver).until(ExpectedConditions.urlContains("/connexion.xhtml"));
    }

    @Test
    void theWelcomePageShowsThePreviousLoginFromTheSecondLoginOn() {
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "CAFREV", It.DEMO_PASSWORD);
        wait(driver).until(ExpectedConditions.urlContains("/accueil.xhtml"));
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "CAFREV", It.DEMO_PASSWORD);
        wait(driver).until(ExpectedConditions.urlContains("/accueil.xhtml"));

        String lastLogin = driver.findElement(By.id("lastLogin")).getText();
        assertTrue(
                lastLogin.matches("(?s).*Votre dernière connexion date du \\d{2}/\\d{2}/\\d{4} à \\d{2}h\\d{2}\\..*"),
                lastLogin);
        assertTrue(lastLogin.contains("Si ce n'était pas vous"));
        Browser.assertAccessible(driver);
    }

    @Test
    void aWrongPasswordGivesAFrenchMessageThatDoesNotRevealWhetherTheIdExists() {
        driver.manage().deleteAllCookies();
        // An account no other test signs in with: failures slow down the account's next attempts.
        Browser.signIn(driver, "ASSADM", "Wrong-2026!");
        String knownId = driver.findElement(By.id("messages")).getText();
        Browser.assertAccessible(driver);

        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "NOBODY", "Wrong-2026!");
        String unknownId = driver.findElement(By.id("messages")).getText();

        assertTrue(knownId.startsWith("Identifiant ou mot de passe incorrect"), knownId);
        assertEquals(knownId, unknownId);
        assertTrue(driver.getCurrentUrl().contains("/connexion.xhtml"));
    }

    @Test
    void anEmptyLoginFormNamesEachMissingField() {
        driver.manage().deleteAllCookies();
        driver.get(It.url("/connexion.xhtml"));
        Browser.submit(driver, By.id("login:submit"));

        String page = driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Identifiant : ce champ est obligatoire."), page);
        assertTrue(page.contains("Mot de passe : ce champ est obligatoire."), page);
        Browser.assertAccessible(driver);
    }

    @Test
    void aCafAdministratorChecksTheMailChainFromTheOperationsPage() throws Exception {
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "CAFADM", It.DEMO_PASSWORD);
        wait(driver).until(ExpectedConditions.urlContains("/accueil.xhtml"));
        driver.findElement(By.linkText("Exploitation")).click();
        wait(driver).until(ExpectedConditions.urlContains("/caf/exploitation.xhtml"));
        Browser.assertAccessible(driver);

        String recipient = It.uniqueRecipient("browser");
        driver.findElement(By.id("mailCheck:recipient")).sendKeys(recipient);
        Browser.submit(driver, By.id("mailCheck:send"));

        assertTrue(driver.findElement(By.id("messages")).getText().contains("est en file d'envoi"));
        assertEquals(
                1,
                TestMailServer.awaitMailsTo(recipient, 1, Duration.ofSeconds(60))
                        .size());
    }

    @Test
    void anInvalidAddressOnTheOperationsPageIsExplainedAndNothingIsSent() {
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "CAFADM", It.DEMO_PASSWORD);
        wait(driver).until(ExpectedConditions.urlContains("/accueil.xhtml"));
        driver.get(It.url("/caf/exploitation.xhtml"));
        driver.findElement(By.id("mailCheck:recipient")).sendKeys("pas-une-adresse");
        Browser.submit(driver, By.id("mailCheck:send"));

        assertTrue(driver.findElement(By.tagName("main")).getText().contains("L'adresse e-mail n'est pas valide."));
        assertFalse(driver.getPageSource().contains("est en file d'envoi"));
    }

    @Test
    void aPartnerUserSeesNoCafMenuAndIsRefusedCafPages() {
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "ENFFDA", It.DEMO_PASSWORD);
        wait(driver).until(ExpectedConditions.urlContains("/accueil.xhtml"));
        assertTrue(driver.findElements(By.linkText("Exploitation")).isEmpty());

        driver.get(It.url("/caf/exploitation.xhtml"));

        assertEquals("Accès refusé", driver.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(driver);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageThenBackToThePageAsked() {
        driver.manage().deleteAllCookies();
        driver.get(It.url("/caf/exploitation.xhtml"));
        wait(driver).until(ExpectedConditions.urlContains("/connexion.xhtml"));

        driver.findElement(By.id("login:loginId")).sendKeys("CAFADM");
        driver.findElement(By.id("login:password")).sendKeys(It.DEMO_PASSWORD);
        Browser.submit(driver, By.id("login:submit"));

        wait(driver).until(ExpectedConditions.urlContains("/caf/exploitation.xhtml"));
        assertEquals("Exploitation", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void anUnknownPageShowsTheFrenchNotFoundPage() {
        driver.manage().deleteAllCookies();
        driver.get(It.url("/cette-page-n-existe-pas.xhtml"));
        assertEquals("Page introuvable", driver.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(driver);

        driver.get(It.url("/ni-celle-ci"));
        assertEquals("Page introuvable", driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theConnectionHelpPageAnswersTheUsualProblemsAndIsAccessible() {
        driver.manage().deleteAllCookies();
        driver.get(It.url("/connexion.xhtml"));
        driver.findElement(By.id("help")).click();
        wait(driver).until(ExpectedConditions.urlContains("/probleme-connexion.xhtml"));

        String page = driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("J'ai oublié mon identifiant"));
        assertTrue(page.contains("administrateurs, adressez-vous à votre Caf"));
        assertTrue(page.contains("Mon mot de passe temporaire ne fonctionne plus"));
        assertTrue(page.contains("Mon compte est bloqué"));
        Browser.assertAccessible(driver);
    }

    @Test
    void theDemoMailboxPageIsAccessible() {
        driver.manage().deleteAllCookies();
        driver.get(It.url("/demo/boite-mail.xhtml"));

        assertEquals(
                "Boîte aux lettres de démonstration",
                driver.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(driver);
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
