package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.DeclarationFixture;
import fr.mcp.it.support.It;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A multi-site RPE's declaration in the browser, as DOMAIN.md §7 describes it: the activity provider fills both site
 * forms (autosaved field by field, a bad value refused with its French message), the financial provider the budget,
 * the approver sends one form back, the provider corrects it, the approver justifies the control and transmits; the
 * Caf reviewer sends it back "À revoir", the approver transmits again and the reviewer validates. The history shows
 * every step and every page passes the axe-core check.
 */
class DeclarationJourneyIT extends BrowserTest {

    private static final int NORTH = 0;
    private static final int SOUTH = 1;
    private static final int BUDGET = 2;

    @Test
    void aMultiSiteDeclarationGoesFromTheProvidersThroughTheApproverToTheCafAndBack() throws Exception {
        DeclarationFixture d = DeclarationFixture.create();

        signIn("ENFFDA");
        driver.findElement(By.linkText("Tableau de suivi des déclarations")).click();
        waitFor("/partenaire/declarations.xhtml");
        type("filters:text", d.facilityName());
        Browser.submit(driver, By.id("filters:search"));
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText(d.facilityName())).click();
        waitFor("/partenaire/declaration.xhtml");
        assertEquals("À saisir", driver.findElement(By.id("declarationState")).getText());
        Path invoice = Files.createTempFile("facture-", ".pdf");
        Files.writeString(invoice, "%PDF-1.4\n%%EOF\n");
        driver.findElement(By.id("upload:file"))
                .sendKeys(invoice.toAbsolutePath().toString());
        Browser.submit(driver, By.id("upload:send"));
        assertTrue(messages().contains("jointe à la déclaration"), messages());
        assertTrue(
                driver.findElement(By.id("attachments"))
                        .getText()
                        .contains(invoice.getFileName().toString()),
                driver.findElement(By.id("attachments")).getText());
        Browser.assertAccessible(driver);
        Browser.assertAccessible(driver);

        autosave(NORTH, 1, "treize");
        assertTrue(messages().contains("« Mois d'ouverture » : « treize » n'est pas un nombre."), messages());
        assertEquals("Non enregistré : voir le message", status(NORTH, 1));
        autosave(NORTH, 0, "1");
        autosave(NORTH, 1, "12");
        autosave(NORTH, 2, "12");
        autosave(NORTH, 3, "1");
        assertTrue(status(NORTH, 3).startsWith("Enregistré à"), status(NORTH, 3));
        assertTrue(status(NORTH, 1).startsWith("Enregistré à"), "the corrected value is saved: " + status(NORTH, 1));
        autosave(SOUTH, 0, "1");
        autosave(SOUTH, 1, "10");
        autosave(SOUTH, 2, "10");
        autosave(SOUTH, 3, "0");
        Browser.submit(driver, By.id("decl:forms:" + NORTH + ":complete"));
        assertTrue(messages().contains("Le formulaire est déclaré complet."), messages());
        Browser.submit(driver, By.id("decl:forms:" + SOUTH + ":complete"));
        assertEquals(
                "Saisie en cours", driver.findElement(By.id("declarationState")).getText());
        assertTrue(
                driver.findElements(By.id("decl:forms:" + BUDGET + ":fields:0:value"))
                                .get(0)
                                .getAttribute("disabled")
                        != null,
                "the activity provider cannot type in the budget");
        Browser.assertAccessible(driver);
        logout();

        signIn("ENFFDF");
        open(d);
        autosave(BUDGET, 0, "5000");
        autosave(BUDGET, 3, "60000");
        autosave(BUDGET, 6, "20000");
        autosave(BUDGET, 8, "40000");
        assertTrue(text("decl:analysis").contains("24 191,50"), text("decl:analysis"));
        assertTrue(text("decl:analysis").contains("RPE-ETP"), text("decl:analysis"));
        Browser.submit(driver, By.id("decl:forms:" + BUDGET + ":complete"));
        logout();

        signIn("ENFAPP");
        open(d);
        Browser.submit(driver, By.id("decl:take"));
        assertEquals(
                "En cours d'approbation",
                driver.findElement(By.id("declarationState")).getText());
        Browser.assertAccessible(driver);
        type("decl:forms:" + SOUTH + ":comment", "Le site Sud a ouvert 11 mois.");
        Browser.submit(driver, By.id("decl:forms:" + SOUTH + ":sendBack"));
        assertTrue(messages().contains("Le formulaire est renvoyé à son fournisseur."), messages());
        logout();

        signIn("ENFFDA");
        open(d);
        assertTrue(text("decl").contains("Renvoyé par l'approbateur : Le site Sud a ouvert 11 mois."), text("decl"));
        autosave(SOUTH, 1, "11");
        autosave(SOUTH, 2, "11");
        Browser.submit(driver, By.id("decl:forms:" + SOUTH + ":complete"));
        logout();

        signIn("ENFAPP");
        open(d);
        approveAndTransmit(true);
        assertEquals(
                "Transmise Caf", driver.findElement(By.id("declarationState")).getText());
        assertTrue(text("decl:analysis").contains("(figée à la transmission)"), text("decl:analysis"));
        logout();

        signIn("CAFREV");
        driver.findElement(By.linkText("Déclarations à instruire")).click();
        waitFor("/caf/declarations.xhtml");
        type("filters:text", d.facilityName());
        Browser.submit(driver, By.id("filters:search"));
        Browser.assertAccessible(driver);
        driver.findElement(By.id("filters:table:0:selected")).click();
        type("filters:reviewer", "CAFREV");
        Browser.submit(driver, By.id("filters:assign"));
        assertTrue(messages().contains("1 déclaration(s) confiée(s) à CAFREV"), messages());
        assertTrue(text("filters:table").contains("CAFREV"), "the reviewer is shown: " + text("filters:table"));
        driver.findElement(By.linkText(d.facilityName())).click();
        waitFor("/caf/declaration.xhtml");
        assertTrue(text("decl:analysis").contains("Animatrice en renfort"), text("decl:analysis"));
        Browser.assertAccessible(driver);
        Browser.submit(driver, By.id("decl:return"));
        assertTrue(messages().contains("Indiquez les motifs de la demande de correction."), messages());
        type("decl:reasons", "Les achats semblent sous-estimés.");
        Browser.submit(driver, By.id("decl:return"));
        assertEquals("À revoir", driver.findElement(By.id("declarationState")).getText());
        logout();

        signIn("ENFAPP");
        open(d);
        Browser.submit(driver, By.id("decl:take"));
        autosave(BUDGET, 0, "7000");
        approveAndTransmit(false);
        logout();

        signIn("CAFREV");
        driver.get(It.url("/caf/declaration.xhtml?id=" + d.declarationId()));
        waitFor("/caf/declaration.xhtml");
        Browser.submit(driver, By.id("decl:validate"));
        assertEquals(
                "Validée par la Caf",
                driver.findElement(By.id("declarationState")).getText());
        String history = text("history");
        for (String step : List.of(
                "Déclaration ouverte",
                "Saisie commencée",
                "Prise en charge par l'approbateur",
                "Formulaire renvoyé au fournisseur",
                "Formulaire corrigé, rendu à l'approbateur",
                "Transmise à la Caf",
                "Renvoyée au partenaire : à revoir",
                "Les achats semblent sous-estimés.",
                "Validée par la Caf")) {
            assertTrue(history.contains(step), step + " missing in " + history);
        }
        assertTrue(text("decl:analysis").contains("24 836,50"), text("decl:analysis"));
        Browser.assertAccessible(driver);
        assertFalse(
                driver.findElements(By.id("decl:validate")).size() > 0,
                "nothing left to do on a validated declaration");
    }

    private void approveAndTransmit(boolean justify) {
        for (int step = 1; step <= 3; step++) {
            Browser.submit(driver, By.id("decl:confirmStep"));
            assertTrue(messages().contains("L'étape est validée."), messages());
        }
        if (justify) {
            check("decl:sworn");
            Browser.submit(driver, By.id("decl:transmit"));
            assertTrue(
                    messages().contains("Contrôles de cohérence à justifier avant la transmission : RPE-ETP"),
                    messages());
            type("decl:controls:0:justification", "Animatrice en renfort, validation demandée à la Caf.");
            Browser.submit(driver, By.id("decl:controls:0:justify"));
            assertTrue(messages().contains("La justification est enregistrée."), messages());
        }
        Browser.assertAccessible(driver);
        check("decl:sworn");
        Browser.submit(driver, By.id("decl:transmit"));
        assertTrue(messages().contains("La déclaration est transmise à la Caf"), messages());
    }

    /** Types a value and leaves the field (Tab), then waits for the field's autosave to come back. */
    private void autosave(int form, int field, String value) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("if (!window.mcpPending) { window.mcpPending = {n: 0}; faces.ajax.addOnEvent(function (e) {"
                + " if (e.status === 'begin') { window.mcpPending.n++; } if (e.status === 'success') { window.mcpPending.n--; } });"
                + " faces.ajax.addOnError(function () { window.mcpPending.n--; }); }");
        WebElement input = driver.findElement(By.id("decl:forms:" + form + ":fields:" + field + ":value"));
        input.clear();
        input.sendKeys(value, Keys.TAB);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Long.valueOf(0)
                .equals(((JavascriptExecutor) d).executeScript("return window.mcpPending.n;")));
    }

    private static void open(DeclarationFixture d) {
        driver.findElement(By.linkText("Tableau de suivi des déclarations")).click();
        waitFor("/partenaire/declarations.xhtml");
        driver.get(It.url("/partenaire/declaration.xhtml?id=" + d.declarationId()));
        waitFor("/partenaire/declaration.xhtml");
    }

    private static String status(int form, int field) {
        return driver.findElement(By.id("decl:forms:" + form + ":fields:" + field + ":fieldStatus"))
                .getText();
    }

    private static void check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** The text of an element, French number spacing (narrow no-break spaces) read as plain spaces. */
    private static String text(String id) {
        return driver.findElement(By.id(id)).getText().replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
