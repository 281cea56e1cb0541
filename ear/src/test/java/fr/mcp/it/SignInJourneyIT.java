package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.It;
import fr.mcp.it.support.NewAccounts;
import fr.mcp.it.support.NewAccounts.Credentials;
import fr.mcp.it.support.TestMailServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in like Mon Compte Partenaire: account opened, two mails, first login, terms, password policy. */
class SignInJourneyIT extends BrowserTest {

    @Test
    void aNewUserGoesFromTheTwoMailsThroughTermsAndPasswordToTheWelcomePage() throws Exception {
        Credentials account = NewAccounts.open(driver, "Perrin", "Lucie");
        Browser.assertAccessible(driver);

        Browser.signIn(driver, account.login(), account.temporaryPassword());
        wait(driver).until(ExpectedConditions.urlContains("/premiere-connexion.xhtml"));
        assertTrue(driver.findElement(By.id("termsText")).getText().contains("secret professionnel"));
        Browser.assertAccessible(driver);
        driver.get(It.url("/accueil.xhtml"));
        wait(driver).until(ExpectedConditions.urlContains("/premiere-connexion.xhtml"));
        Object apiStatus = ((JavascriptExecutor) driver)
                .executeAsyncScript("fetch('/api/v1/nothing-here').then(r => arguments[0](r.status));");
        assertEquals(403L, apiStatus, "the API is closed until the first login is done");

        Browser.submit(driver, By.id("terms:accept"));
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("password:newPassword")));
        Browser.assertAccessible(driver);

        driver.findElement(By.id("password:newPassword")).sendKeys("lucie2026€");
        Browser.awaitText(driver, By.id("password:passwordRules"), "Règle non respectée");
        String rules = driver.findElement(By.id("password:passwordRules")).getAttribute("innerHTML");
        assertTrue(rules.contains("mcp-rule-unmet"), "unmet rules are flagged while typing");
        driver.findElement(By.id("password:confirmation")).sendKeys("lucie2026€");
        Browser.submit(driver, By.id("password:save"));
        String refused = driver.findElement(By.id("messages")).getText();
        assertTrue(refused.contains("au moins une lettre majuscule"), refused);
        assertTrue(refused.contains("les symboles monétaires comme € £ $ ne comptent pas"), refused);
        assertTrue(refused.contains("ni votre identifiant, ni votre nom, ni votre prénom"), refused);

        choosePassword("Tournesol-42!", "Tournesol-42?");
        assertTrue(driver.findElement(By.id("messages"))
                .getText()
                .contains("Les deux mots de passe saisis sont différents."));

        choosePassword("Tournesol-42!", "Tournesol-42!");
        wait(driver).until(ExpectedConditions.urlContains("/accueil.xhtml"));
        assertTrue(driver.findElement(By.id("lastLogin")).getText().contains("C'est votre première connexion."));
        assertTrue(driver.findElement(By.id("greeting")).getText().contains("Lucie Perrin"));

        Browser.submit(driver, By.id("logoutForm:logout"));
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, account.login(), account.temporaryPassword());
        assertTrue(
                driver.findElement(By.id("messages")).getText().startsWith("Identifiant ou mot de passe incorrect"),
                "the temporary password no longer works");

        Browser.signIn(driver, account.login(), "Tournesol-42!");
        wait(driver).until(ExpectedConditions.urlContains("/accueil.xhtml"));
        assertTrue(driver.findElement(By.id("lastLogin")).getText().contains("Votre dernière connexion date du"));

        driver.findElement(By.id("changePassword")).click();
        wait(driver).until(ExpectedConditions.urlContains("/compte/mot-de-passe.xhtml"));
        Browser.assertAccessible(driver);
        changeOwnPassword("Tournesol-42!", "Tournesol-42!");
        assertTrue(
                driver.findElement(By.id("messages")).getText().contains("différent de vos 5 derniers mots de passe"));
        changeOwnPassword("Wrong-2026!", "Girasol-43?");
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Le mot de passe actuel est incorrect."));
        changeOwnPassword("Tournesol-42!", "Girasol-43?");
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Votre mot de passe est changé."));
        changeOwnPassword("Girasol-43?", "Tournesol-42!");
        assertTrue(
                driver.findElement(By.id("messages")).getText().contains("différent de vos 5 derniers mots de passe"),
                "an earlier password cannot come back");
    }

    private static void changeOwnPassword(String current, String password) {
        driver.findElement(By.id("change:current")).clear();
        driver.findElement(By.id("change:current")).sendKeys(current);
        driver.findElement(By.id("change:newPassword")).clear();
        driver.findElement(By.id("change:newPassword")).sendKeys(password);
        driver.findElement(By.id("change:confirmation")).clear();
        driver.findElement(By.id("change:confirmation")).sendKeys(password);
        Browser.submit(driver, By.id("change:save"));
    }

    @Test
    void refusingTheTermsLeadsNowhere() throws Exception {
        Credentials account = NewAccounts.open(driver, "Marchand", "Yves");

        Browser.signIn(driver, account.login(), account.temporaryPassword());
        wait(driver).until(ExpectedConditions.urlContains("/premiere-connexion.xhtml"));
        Browser.submit(driver, By.id("terms:refuse"));

        assertTrue(driver.findElement(By.id("termsRefused"))
                .getText()
                .contains("Vous avez refusé les conditions générales d'utilisation"));
        driver.get(It.url("/accueil.xhtml"));
        wait(driver).until(ExpectedConditions.urlContains("/connexion.xhtml"));

        Browser.signIn(driver, account.login(), account.temporaryPassword());
        wait(driver).until(ExpectedConditions.urlContains("/premiere-connexion.xhtml"));
        assertFalse(driver.findElements(By.id("terms:accept")).isEmpty(), "the terms are asked again");
    }

    @Test
    void repeatedFailuresLockTheAccountUntilTheCafSendsANewTemporaryPassword() throws Exception {
        Credentials account = NewAccounts.open(driver, "Girard", "Paul");

        for (int attempt = 0; attempt < 5; attempt++) {
            Browser.signIn(driver, account.login(), "Wrong-2026!");
            Thread.sleep(1_200);
        }
        Browser.signIn(driver, account.login(), account.temporaryPassword());
        String locked = driver.findElement(By.id("messages")).getText();
        assertTrue(
                locked.startsWith("Identifiant ou mot de passe incorrect"),
                "even the right password is refused: " + locked);

        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "CAFADM", It.DEMO_PASSWORD);
        driver.get(It.url("/caf/comptes.xhtml"));
        assertTrue(driver.findElement(By.id("accounts:table")).getText().contains("bloqué temporairement"));
        driver.findElement(
                        By.cssSelector("input[aria-label='Nouveau mot de passe temporaire " + account.login() + "']"))
                .click();
        Browser.awaitText(driver, By.id("messages"), "nouveau mot de passe temporaire");

        String newPassword =
                NewAccounts.temporaryPasswordIn(TestMailServer.awaitMailsTo(account.email(), 3, Duration.ofSeconds(60))
                        .get(2));
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, account.login(), newPassword);
        wait(driver).until(ExpectedConditions.urlContains("/premiere-connexion.xhtml"));
    }

    @Test
    void aClosedAccountCannotSignInAndGetsTheSameMessage() throws Exception {
        Credentials account = NewAccounts.open(driver, "Lambert", "Rose");
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "CAFADM", It.DEMO_PASSWORD);
        driver.get(It.url("/caf/comptes.xhtml"));
        Browser.submit(driver, By.cssSelector("input[aria-label='Clôturer " + account.login() + "']"));
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Le compte est clôturé."));

        driver.manage().deleteAllCookies();
        Browser.signIn(driver, account.login(), account.temporaryPassword());
        assertTrue(driver.findElement(By.id("messages")).getText().startsWith("Identifiant ou mot de passe incorrect"));
    }

    @Test
    void badAccountFormsAreRefusedWithEveryProblemAndNothingIsCreated() {
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "CAFADM", It.DEMO_PASSWORD);
        driver.get(It.url("/caf/comptes.xhtml"));
        int before = driver.findElements(By.cssSelector("#accounts\\:table tbody tr"))
                .size();
        driver.findElement(By.id("newAccount:email")).sendKeys("a@example.org");
        driver.findElement(By.id("newAccount:emailConfirmation")).sendKeys("b@example.org");
        driver.findElement(By.id("newAccount:opensOn")).clear();
        driver.findElement(By.id("newAccount:opensOn")).sendKeys("01/01/2026");
        driver.findElement(By.id("newAccount:closesOn")).sendKeys("31/12/2025");
        Browser.submit(driver, By.id("newAccount:open"));

        String messages = driver.findElement(By.id("messages")).getText();
        assertTrue(messages.contains("Le nom est obligatoire."), messages);
        assertTrue(messages.contains("Le prénom est obligatoire."), messages);
        assertTrue(messages.contains("Les deux adresses e-mail saisies sont différentes."), messages);
        assertTrue(messages.contains("La date de clôture ne peut pas précéder la date d'ouverture."), messages);
        assertEquals(
                before,
                driver.findElements(By.cssSelector("#accounts\\:table tbody tr"))
                        .size());
    }

    private static void choosePassword(String password, String confirmation) {
        driver.findElement(By.id("password:newPassword")).clear();
        driver.findElement(By.id("password:newPassword")).sendKeys(password);
        driver.findElement(By.id("password:confirmation")).clear();
        driver.findElement(By.id("password:confirmation")).sendKeys(confirmation);
        Browser.submit(driver, By.id("password:save"));
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
