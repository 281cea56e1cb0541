package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Browser;
import fr.mcp.it.support.BrowserTest;
import fr.mcp.it.support.It;
import fr.mcp.it.support.NewAccounts;
import fr.mcp.it.support.NewAccounts.Credentials;
import fr.mcp.it.support.Sirets;
import fr.mcp.it.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole delegation, in the browser: the Caf administrator registers a partner with its convention, AFAS
 * subscription, a multi-site facility and its administrator; the administrator (after first login) creates users and
 * both AFAS groups with their manager; the AFAS-Habiliter member assigns FDA, FDF and approver; the Caf validates the
 * approver; the "Non attribué" view becomes empty for the facility. Every page passes the axe-core check.
 */
class DelegatedHabilitationJourneyIT extends BrowserTest {

    private static final String PASSWORD = "Habilitation-2026!";

    @Test
    void aCafOpensAPartnerWhoseAdministratorDelegatesAndWhoseHabiliterMemberAssignsEveryRequiredRole()
            throws Exception {
        String siret = Sirets.unique();
        String partnerName = "Centre social " + siret;
        String facilityName = "Relais itinérant " + siret;

        signIn("CAFADM", It.DEMO_PASSWORD);
        driver.findElement(By.linkText("Partenaires")).click();
        waitFor("/caf/partenaires.xhtml");
        Browser.assertAccessible(driver);
        type("newPartner:siret", "12345678901234");
        type("newPartner:name", partnerName);
        Browser.submit(driver, By.id("newPartner:register"));
        String refused = messages();
        assertTrue(refused.contains("Le SIRET doit comporter 14 chiffres et être valide"), refused);
        assertTrue(refused.contains("La forme juridique est obligatoire."), refused);

        type("newPartner:siret", siret);
        type("newPartner:legalForm", "Association loi 1901");
        type("newPartner:address", "2 place du Marché");
        type("newPartner:postalCode", "78000");
        type("newPartner:city", "Versailles");
        type("newPartner:departement", "78");
        Browser.submit(driver, By.id("newPartner:register"));
        waitFor("/caf/partenaire.xhtml");
        assertTrue(driver.findElement(By.id("partnerName")).getText().contains(siret));
        Browser.assertAccessible(driver);

        type("convention:reference", "CONV-" + siret);
        type("convention:contractAdmin", "Anne Admin - anne@centre.test");
        type("convention:contractSecurity", "Serge Sécurité - serge@centre.test");
        type("convention:contractCnil", "Chloé CNIL - chloe@centre.test");
        type("convention:contractCaf", "Marc Caf - marc@caf.test");
        Browser.submit(driver, By.id("convention:open"));
        assertTrue(messages().contains("La convention d'accès est enregistrée."), messages());
        Browser.submit(driver, By.id("subscription:subscribe"));
        assertTrue(messages().contains("Le bulletin d'adhésion est enregistré."), messages());

        new Select(driver.findElement(By.id("facility:type"))).selectByValue("RPE");
        type("facility:nature", "Relais petite enfance itinérant");
        type("facility:name", facilityName);
        driver.findElement(By.id("facility:multiSite")).click();
        type("facility:fte", "7");
        type("facility:sites", "Permanence de Versailles ; Versailles\nPermanence de Buc ; Buc");
        Browser.submit(driver, By.id("facility:add"));
        assertTrue(messages().contains("plus de 0 et au plus 6"), messages());
        type("facility:fte", "1.5");
        Browser.submit(driver, By.id("facility:add"));
        assertTrue(messages().contains("L'équipement est enregistré."), messages());

        String adminEmail = It.uniqueRecipient("admin");
        type("admin:lastName", "Lemaire");
        type("admin:firstName", "Anne");
        type("admin:email", adminEmail);
        type("admin:emailConfirmation", adminEmail);
        Browser.submit(driver, By.id("admin:create"));
        assertTrue(messages().contains("est créé"), messages());
        Browser.assertAccessible(driver);
        logout();

        Credentials admin = NewAccounts.fromMails(adminEmail);
        NewAccounts.firstLogin(driver, admin, PASSWORD);
        driver.findElement(By.linkText("Mes utilisateurs")).click();
        waitFor("/partenaire/utilisateurs.xhtml");
        Browser.assertAccessible(driver);
        String habiliterEmail = It.uniqueRecipient("hab");
        String habiliter = createUser("Habib", "Henri", habiliterEmail);
        String provider = createUser("Fabre", "Fanny", It.uniqueRecipient("fda"));
        String approver = createUser("Perret", "Paul", It.uniqueRecipient("app"));
        assertTrue(
                driver.findElement(By.id("count")).getText().contains("4"),
                driver.findElement(By.id("count")).getText());

        driver.findElement(By.linkText("Mes groupes")).click();
        waitFor("/partenaire/groupes.xhtml");
        createGroup("AFAS - Habiliter", "AFAS_HABILITER", habiliter);
        createGroup("AFAS - Déclarer", "AFAS_DECLARER", habiliter);
        addMember("AFAS - Habiliter", habiliter);
        addMember("AFAS - Déclarer", provider);
        addMember("AFAS - Déclarer", approver);
        Browser.assertAccessible(driver);
        logout();

        Credentials habiliterAccount = NewAccounts.fromMails(habiliterEmail);
        NewAccounts.firstLogin(driver, habiliterAccount, PASSWORD);
        driver.get(It.url("/caf/partenaires.xhtml"));
        assertTrue(
                driver.getPageSource().contains("Accès refusé")
                        || driver.getTitle().contains("refusé"),
                driver.getTitle());
        driver.get(It.url("/partenaire/habilitations.xhtml"));
        waitFor("/partenaire/habilitations.xhtml");
        Browser.assertAccessible(driver);
        assign(provider, "FDA", facilityName);
        assertTrue(messages().contains("Le rôle est attribué"), messages());
        assign(approver, "FDF", facilityName);
        assign(approver, "APPROVER", facilityName);
        assertTrue(messages().contains("en attente de validation par votre Caf"), messages());
        assign(provider, "APPROVER", facilityName);
        assertTrue(messages().contains("Cet équipement a déjà un approbateur"), messages());
        List<String> missing = notAssigned(facilityName);
        assertEquals(1, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("Approbateur"), missing.toString());
        logout();

        signIn("CAFADM", It.DEMO_PASSWORD);
        driver.findElement(By.linkText("Approbateurs à valider")).click();
        waitFor("/caf/approbateurs.xhtml");
        Browser.assertAccessible(driver);
        Browser.submit(driver, By.cssSelector("input[aria-label='Valider " + approver + " - " + facilityName + "']"));
        assertTrue(messages().contains("La désignation est validée"), messages());
        logout();
        List<MimeMessage> validated = TestMailServer.awaitMailsTo(adminEmail, 3, Duration.ofSeconds(60));
        assertTrue(validated.stream()
                .anyMatch(mail -> subject(mail).equals("Mon Compte Partenaire - désignation d'approbateur validée")));

        signIn(habiliterAccount.login(), PASSWORD);
        driver.get(It.url("/partenaire/habilitations.xhtml"));
        waitFor("/partenaire/habilitations.xhtml");
        assertEquals(List.of(), notAssigned(facilityName), "every required role is held on the facility and its sites");
    }

    private String createUser(String lastName, String firstName, String email) {
        new Select(driver.findElement(By.id("newUser:group"))).selectByIndex(0);
        type("newUser:lastName", lastName);
        type("newUser:firstName", firstName);
        type("newUser:email", email);
        type("newUser:emailConfirmation", email);
        Browser.submit(driver, By.id("newUser:create"));
        Matcher opened =
                Pattern.compile("Le compte (ENF[A-Z0-9]{5}) est ouvert").matcher(messages());
        assertTrue(opened.find(), messages());
        return opened.group(1);
    }

    private void createGroup(String name, String role, String managerLogin) {
        type("newGroup:name", name);
        new Select(driver.findElement(By.id("newGroup:role"))).selectByValue(role);
        selectContaining(By.id("newGroup:manager"), managerLogin);
        Browser.submit(driver, By.id("newGroup:create"));
        assertTrue(messages().contains("Le groupe est créé."), messages());
    }

    private void addMember(String group, String login) {
        String section = "//section[h2[normalize-space()='" + group + "']]";
        selectContaining(By.xpath(section + "//select[contains(@id,'member')]"), login);
        Browser.submit(driver, By.xpath(section + "//input[contains(@id,'add')]"));
        assertTrue(messages().contains("Le membre est ajouté au groupe."), messages());
        assertTrue(driver.findElement(By.xpath(section)).getText().contains(login));
    }

    private void assign(String login, String role, String facility) {
        selectContaining(By.id("assign:account"), login);
        new Select(driver.findElement(By.id("assign:role"))).selectByValue(role);
        new Select(driver.findElement(By.id("assign:facility"))).selectByVisibleText(facility);
        Browser.submit(driver, By.id("assign:submit"));
    }

    /** The rows of the "Non attribué" view for that facility. */
    private List<String> notAssigned(String facility) {
        new Select(driver.findElement(By.id("search:state"))).selectByValue("NOT_ASSIGNED");
        Browser.submit(driver, By.id("search:filter"));
        return driver.findElements(By.cssSelector("#search\\:results tbody tr")).stream()
                .map(row -> row.getText())
                .filter(text -> text.contains(facility))
                .toList();
    }

    private static void selectContaining(By select, String text) {
        Select menu = new Select(driver.findElement(select));
        String label = menu.getOptions().stream()
                .map(option -> option.getText())
                .filter(t -> t.contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option with " + text));
        menu.selectByVisibleText(label);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
