package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.It;
import fr.mcp.it.support.MailQueueState;
import fr.mcp.it.support.NewAccounts;
import fr.mcp.it.support.NewAccounts.Credentials;
import fr.mcp.it.support.TestMailServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Mot de passe oublié": captcha served by the portal, same answer for known and unknown addresses. */
class PasswordRecoveryIT extends BrowserTest {

    @Test
    void knownAndUnknownAddressesGetTheSameAnswerAndOnlyTheAccountGetsAMail() throws Exception {
        Instant since = MailQueueState.mark();
        Credentials account = NewAccounts.open(driver, "Fontaine", "Marc");
        String unknown = It.uniqueRecipient("nobody");

        String answerForKnown = request(account.email());
        String answerForUnknown = request(unknown);

        assertEquals(answerForKnown, answerForUnknown);
        assertTrue(answerForKnown.startsWith("Si cette adresse correspond à un compte ouvert"), answerForKnown);
        String newPassword =
                NewAccounts.temporaryPasswordIn(TestMailServer.awaitMailsTo(account.email(), 3, Duration.ofSeconds(60))
                        .get(2));
        MailQueueState.awaitQueueSettled(since);
        assertEquals(0, TestMailServer.mailsTo(unknown).size());

        driver.manage().deleteAllCookies();
        Browser.signIn(driver, account.login(), newPassword);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.urlContains("/premiere-connexion.xhtml"));
    }

    @Test
    void aFormSentWithoutTheProofOfWorkIsRefusedAndSendsNothing() throws Exception {
        Instant since = MailQueueState.mark();
        Credentials account = NewAccounts.open(driver, "Blanc", "Anne");
        driver.get(It.url("/mot-de-passe-oublie.xhtml"));
        // Once the page's own solver is done (it would otherwise write its answer over ours), a solution that is no
        // number:
        // '0' could be a proof one challenge in 256 at the tests' difficulty.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("powStatus"))
                .getText()
                .equals(d.findElement(By.id("powStatus")).getAttribute("data-done")));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById('forgotten:solution').value='x'; document.getElementById('forgotten:submit').disabled=false;");
        driver.findElement(By.id("forgotten:email")).sendKeys(account.email());
        Browser.submit(driver, By.id("forgotten:submit"));

        assertTrue(
                driver.findElement(By.id("messages")).getText().contains("La vérification anti-robot n'a pas abouti"));
        MailQueueState.awaitQueueSettled(since);
        assertEquals(2, TestMailServer.mailsTo(account.email()).size(), "only the two mails of the account's opening");
    }

    private static String request(String email) {
        driver.manage().deleteAllCookies();
        driver.get(It.url("/connexion.xhtml"));
        driver.findElement(By.id("forgotten")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.urlContains("/mot-de-passe-oublie.xhtml"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("forgotten:email")).sendKeys(email);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("forgotten:submit")));
        Browser.submit(driver, By.id("forgotten:submit"));
        return driver.findElement(By.id("messages")).getText();
    }
}
