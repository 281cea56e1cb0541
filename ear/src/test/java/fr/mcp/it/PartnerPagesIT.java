package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.It;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The partner pages in the browser: scope by address, a Caf administrator for a partner in difficulty, editing a user. */
class PartnerPagesIT extends BrowserTest {

    @Test
    void aCafAdministratorAdministersAPartnerOfItsCafFromItsFileButNotAPartnerOfAnotherCaf() throws Exception {
        signIn("CAFADM");
        driver.findElement(By.linkText("Partenaires")).click();
        waitFor("/caf/partenaires.xhtml");
        driver.findElement(By.linkText("Commune de Saint-Cyr-l'École")).click();
        waitFor("/caf/partenaire.xhtml");
        driver.findElement(By.cssSelector("#difficulty a[href*='utilisateurs']"))
                .click();
        waitFor("/partenaire/utilisateurs.xhtml");
        assertTrue(driver.findElement(By.id("users:table")).getText().contains("ENFFDA"));
        Browser.assertAccessible(driver);

        driver.get(It.url("/partenaire/utilisateurs.xhtml?partenaire=" + associationId()));
        assertTrue(messages().contains("n'est pas dans votre périmètre"), messages());
        assertTrue(driver.findElements(By.id("users:table")).isEmpty(), "nothing of the other Caf's partner is shown");
    }

    @Test
    void aPartnerAdministratorCannotOpenAnotherPartnersPagesByChangingTheAddress() throws Exception {
        signIn("ENFADM");
        for (String page : new String[] {"utilisateurs", "groupes", "journal"}) {
            driver.get(It.url("/partenaire/" + page + ".xhtml?partenaire=" + associationId()));
            assertTrue(messages().contains("n'est pas dans votre périmètre"), page + ": " + messages());
            assertTrue(!driver.getPageSource().contains("ASSADM"), page);
        }
        driver.get(It.url("/partenaire/journal.xhtml"));
        assertTrue(driver.findElement(By.id("journal:entries")).isDisplayed());
        Browser.assertAccessible(driver);
    }

    @Test
    void aPartnerAdministratorCorrectsAUserAndAConcurrentCorrectionIsExplained() throws Exception {
        String email = It.uniqueRecipient("claire");
        String body = "{\"account\":{\"lastName\":\"Concurrent\",\"firstName\":\"Claire\",\"email\":\"" + email
                + "\",\"emailConfirmation\":\"" + email + "\",\"opensOn\":\"" + LocalDate.now() + "\"}}";
        String login = Api.as("ENFADM", "POST", "/api/v1/users", body).json().getString("login");
        JsonObject user = Api.as("ENFADM", "GET", "/api/v1/users?login=" + login, null)
                .json()
                .getJsonArray("rows")
                .getJsonObject(0);
        long id = user.getJsonNumber("id").longValue();

        signIn("ENFADM");
        driver.get(It.url("/partenaire/utilisateurs.xhtml"));
        type("filters:login", login);
        Browser.submit(driver, By.id("filters:filter"));
        Browser.submit(driver, By.cssSelector("input[aria-label='Modifier " + login + "']"));
        Browser.assertAccessible(driver);

        String other = "{\"lastName\":\"Concurrent\",\"firstName\":\"Clara\",\"email\":\"" + email
                + "\",\"emailConfirmation\":\"" + email + "\",\"opensOn\":\"" + LocalDate.now() + "\",\"version\":"
                + user.getJsonNumber("version").longValue() + "}";
        assertEquals(
                204,
                Api.as("ENFADM", "PUT", "/api/v1/users/" + id, other).status(),
                "someone else corrects the record meanwhile");

        type("editUser:phone", "01 23 45 67 89");
        Browser.submit(driver, By.id("editUser:save"));
        assertTrue(messages().contains("modifiées par quelqu'un d'autre entre-temps"), messages());
        assertEquals(
                "Clara",
                Api.as("ENFADM", "GET", "/api/v1/users/" + id, null).json().getString("firstName"));

        Browser.submit(driver, By.id("editUser:cancel"));
        Browser.submit(driver, By.id("filters:filter"));
        Browser.submit(driver, By.cssSelector("input[aria-label='Modifier " + login + "']"));
        type("editUser:phone", "01 23 45 67 89");
        type("editUser:emailConfirmation", "autre@it.mcp.test");
        Browser.submit(driver, By.id("editUser:save"));
        assertTrue(messages().contains("Les deux adresses e-mail saisies sont différentes."), messages());
        type("editUser:emailConfirmation", email);
        Browser.submit(driver, By.id("editUser:save"));
        assertTrue(messages().contains("La fiche de l'utilisateur est enregistrée."), messages());
        JsonObject saved = Api.as("ENFADM", "GET", "/api/v1/users/" + id, null).json();
        assertEquals("01 23 45 67 89", saved.getString("phone"));
        assertEquals(
                "Clara", saved.getString("firstName"), "the page reloaded the other correction before saving its own");
    }

    private static long associationId() throws Exception {
        return Api.as("PARADM", "GET", "/api/v1/partners?q=Familles", null)
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }
}
