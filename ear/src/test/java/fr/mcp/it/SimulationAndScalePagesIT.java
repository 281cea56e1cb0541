package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The simulation screen (values and scale overrides, nothing stored) and the Caf's scale, controls and forms screens, in the browser. */
class SimulationAndScalePagesIT extends BrowserTest {

    @Test
    void aPartnerSimulatesAnEstimateThenTriesAnotherCeiling() {
        signIn("ENFAPP");
        driver.findElement(By.linkText("Simuler une estimation")).click();
        waitFor("/simulation.xhtml");
        Browser.assertAccessible(driver);
        type("simulation:year", "2025");
        type("simulation:inputs:0:value", "60000");
        type("simulation:inputs:1:value", "1.5");
        type("simulation:inputs:2:value", "1.5");
        type("simulation:inputs:3:value", "12");
        type("simulation:inputs:4:value", "12");
        type("simulation:inputs:5:value", "0");
        Browser.submit(driver, By.id("simulation:compute"));
        // 0.43 × min(60 000 ÷ 1.5, 55 000) × 1.5 = 25 800.00 with the demo ceiling
        assertTrue(text("total").contains("25 800,00"), text("total"));
        Browser.assertAccessible(driver);
        type("simulation:parameters:1:override", "30000");
        Browser.submit(driver, By.id("simulation:compute"));
        // 0.43 × 30 000 × 1.5 = 19 350.00
        assertTrue(text("total").contains("19 350,00"), text("total"));
        assertTrue(text("lines").contains("valeur simulée"), text("lines"));
        type("simulation:inputs:3:value", "treize");
        Browser.submit(driver, By.id("simulation:compute"));
        assertTrue(messages().contains("La valeur monthsOpen n'est pas un nombre"), messages());
        logout();
    }

    @Test
    void theCafSeesTheDatedScaleWithItsIllustrativeValuesAndBadInputIsRefused() {
        signIn("CAFADM");
        driver.findElement(By.linkText("Barème")).click();
        waitFor("/caf/bareme.xhtml");
        assertTrue(text("values:table").contains("RPE.ceilingPerFte"), text("values:table"));
        assertTrue(text("values:table").contains("(illustrative)"));
        Browser.assertAccessible(driver);
        type("newValue:name", "XYZ");
        type("newValue:value", "-3");
        Browser.submit(driver, By.id("newValue:add"));
        assertTrue(messages().contains("n'est pas un paramètre de barème"), messages());
        assertTrue(messages().contains("La valeur ne peut pas être négative."), messages());
        assertTrue(messages().contains("La référence est obligatoire"), messages());
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText("Contrôles de cohérence")).click();
        waitFor("/caf/controles.xhtml");
        assertTrue(text("controls:table").contains("PREV-REEL"), text("controls:table"));
        Browser.assertAccessible(driver);
        Browser.submit(driver, By.id("newControl:add"));
        assertTrue(messages().contains("Choisissez au moins un type de déclaration"), messages());
        driver.findElement(By.linkText("Formulaires")).click();
        waitFor("/caf/formulaires.xhtml");
        assertTrue(
                text("versions").contains("fteDeclared"), "the RPE activity form is shown first: " + text("versions"));
        Browser.assertAccessible(driver);
        Browser.submit(driver, By.id("versions:v:0:fields:0:edit"));
        assertTrue(
                driver.findElement(By.id("edit:label")).getAttribute("value").length() > 0,
                "the field's wording is ready to correct");
        Browser.assertAccessible(driver);
        type("newVersion:year", "1990");
        Browser.submit(driver, By.id("newVersion:create"));
        assertTrue(messages().contains("La première année d'application est comprise entre 2000 et 2100."), messages());
        driver.findElement(By.linkText("Intégrité du journal")).click();
        waitFor("/caf/integrite.xhtml");
        Browser.submit(driver, By.id("chain:verify"));
        assertTrue(text("result").contains("Le journal est intact"), text("result"));
        Browser.assertAccessible(driver);
        logout();
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText().replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
