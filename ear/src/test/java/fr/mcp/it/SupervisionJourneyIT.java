package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.ControlPlanFixture;
import fr.mcp.it.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Caf security officer, in the browser, runs the detection, finds the user put in many groups in the queue, opens
 * the finding from the keyboard, reads the evidence, takes it, comments, and suspends the user with a reason: the
 * user is mailed why, the finding is closed; both pages pass the axe-core check.
 */
class SupervisionJourneyIT extends BrowserTest {

    @Test
    void aSecurityOfficerGoesFromAFindingToSuspendingTheUser() throws Exception {
        TestMailServer.ensureStarted();
        ControlPlanFixture fixture = ControlPlanFixture.create();
        signIn("CAFADM");
        driver.findElement(By.linkText("Supervision")).click();
        waitFor("/caf/supervision.xhtml");
        Browser.assertAccessible(driver);
        Browser.submit(driver, By.id("findings:detect"));
        assertTrue(messages().contains("Détection terminée"), messages());
        type("findings:text", fixture.login());
        new Select(driver.findElement(By.id("findings:rule"))).selectByValue("MANY_GROUPS");
        Browser.submit(driver, By.id("findings:search"));
        String table = driver.findElement(By.id("findings:table")).getText();
        assertTrue(table.contains("4 groupes (seuil : 4)") && table.contains("Ouverte"), table);
        Browser.assertAccessible(driver);

        driver.findElement(By.linkText(fixture.login())).sendKeys(Keys.ENTER);
        waitFor("/caf/constat.xhtml");
        String evidence = driver.findElement(By.id("evidence")).getText();
        fixture.groups().forEach(group -> assertTrue(evidence.contains(group), evidence));
        assertTrue(driver.findElement(By.id("account")).getText().contains("OPEN"));
        Browser.assertAccessible(driver);

        Browser.submit(driver, By.id("decision:take"));
        assertEquals("CAFADM", driver.findElement(By.id("assignee")).getText());
        type("note:text", "Quatre groupes sans mission qui le justifie : vu avec l'administrateur du partenaire.");
        Browser.submit(driver, By.id("note:add"));
        assertTrue(driver.findElement(By.id("notes")).getText().contains("Quatre groupes sans mission"));
        Browser.submit(driver, By.id("decision:suspendUser"));
        assertTrue(messages().contains("Le motif est obligatoire"), "no reason, no suspension: " + messages());
        type("decision:reason", "Droits accumulés sans justification.");
        Browser.submit(driver, By.id("decision:suspendUser"));
        assertTrue(messages().contains("Utilisateur suspendu et prévenu par e-mail"), messages());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.id("status"), "Close : mesure prise"));
        assertTrue(driver.findElement(By.id("account")).getText().contains("SUSPENDED"));
        assertTrue(driver.findElement(By.id("outcome")).getText().contains("Droits accumulés sans justification."));
        Browser.assertAccessible(driver);

        driver.findElement(By.linkText("Mes connexions")).click();
        waitFor("/compte/connexions.xhtml");
        assertTrue(
                driver.findElement(By.id("history")).getText().contains("LOGIN_SUCCESS"),
                "the officer's own sign-ins are listed");
        Browser.assertAccessible(driver);
        logout();

        assertEquals(
                "SUSPENDED",
                Api.as(
                                "CAFADM",
                                "GET",
                                "/api/v1/users/" + fixture.accountId() + "?partnerId=" + fixture.partnerId(),
                                null)
                        .json()
                        .getString("status"));
        long deadline = System.currentTimeMillis() + 60_000;
        boolean told = false;
        while (!told && System.currentTimeMillis() < deadline) {
            told = TestMailServer.mailsTo(fixture.email()).stream()
                    .anyMatch(m -> subject(m).contains("votre compte est suspendu")
                            && body(m).contains("Droits accumulés sans justification."));
            Thread.sleep(500);
        }
        assertTrue(told, "the user is told why by mail");
    }

    @Test
    void anOfficerReadsTheDatedRulesAndAnImpossibleVersionIsRefusedInFrench() {
        signIn("CAFADM");
        driver.findElement(By.linkText("Règles de détection")).click();
        waitFor("/caf/regles.xhtml");
        String rules = driver.findElement(By.id("rules")).getText();
        assertTrue(
                rules.contains("FAST_ROTATION")
                        && rules.contains("ACCESS_CONDITIONS")
                        && rules.contains("INACTIVE_ACCOUNT"),
                rules);
        Browser.assertAccessible(driver);
        new Select(driver.findElement(By.id("newRule:code"))).selectByValue("MANY_ADDRESSES");
        type("newRule:validFrom", "01/01/2020");
        type("newRule:threshold", "1");
        type("newRule:windowHours", "0");
        Browser.submit(driver, By.id("newRule:add"));
        String refused = messages();
        assertTrue(refused.contains("à partir d'aujourd'hui ou d'une date à venir"), refused);
        assertTrue(refused.contains("entre 2 et 50"), refused);
        assertTrue(refused.contains("entre 1 et 720 heures"), refused);
        assertTrue(refused.contains("La gravité est LOW, MEDIUM ou HIGH"), refused);
        assertEquals(rules, driver.findElement(By.id("rules")).getText(), "nothing stored");
        Browser.assertAccessible(driver);

        driver.findElement(By.linkText("Journal d'audit")).click();
        waitFor("/caf/journal.xhtml");
        new Select(driver.findElement(By.id("journal:source"))).selectByValue("SECURITY");
        type("journal:login", "CAFADM");
        Browser.submit(driver, By.id("journal:search"));
        String entries = driver.findElement(By.id("journal:entries")).getText();
        assertTrue(entries.contains("LOGIN_SUCCESS") && entries.contains("Sécurité"), entries);
        assertTrue(driver.findElement(By.id("export"))
                .getAttribute("href")
                .contains("/api/v1/audit/journal/export?source=SECURITY&login=CAFADM"));
        Browser.assertAccessible(driver);
        logout();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
