package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Opens accounts through the Caf back-office and reads the two mails they get. */
public final class NewAccounts {

    private static final Pattern LOGIN = Pattern.compile("Votre identifiant est : (\\S+)");
    private static final Pattern PASSWORD = Pattern.compile("Votre mot de passe temporaire est : (\\S+)");

    /** A new account: its login id and the temporary password from the mails. */
    public record Credentials(String login, String temporaryPassword, String email) {}

    private NewAccounts() {}

    /** Signs in as the Caf administrator, opens the account on the Comptes page and checks both mails. */
    public static Credentials open(WebDriver driver, String lastName, String firstName) throws Exception {
        String email = It.uniqueRecipient(firstName.toLowerCase());
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, "CAFADM", It.DEMO_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/accueil.xhtml"));
        driver.findElement(By.linkText("Comptes")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/caf/comptes.xhtml"));
        new Select(driver.findElement(By.id("newAccount:partner")))
                .selectByVisibleText("Commune de Saint-Cyr-l'École (21780551000013)");
        driver.findElement(By.id("newAccount:lastName")).sendKeys(lastName);
        driver.findElement(By.id("newAccount:firstName")).sendKeys(firstName);
        driver.findElement(By.id("newAccount:email")).sendKeys(email);
        driver.findElement(By.id("newAccount:emailConfirmation")).sendKeys(email);
        Browser.submit(driver, By.id("newAccount:open"));
        String message = driver.findElement(By.id("messages")).getText();
        Matcher opened =
                Pattern.compile("Le compte (ENF[A-Z0-9]{5}) est ouvert").matcher(message);
        assertTrue(opened.find(), message);
        String login = opened.group(1);

        List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 2, Duration.ofSeconds(60));
        assertEquals(2, mails.size(), "two separate mails: login id, then temporary password");
        String loginMail = bodyWithSubject(mails, "Mon Compte Partenaire - votre identifiant");
        String passwordMail = bodyWithSubject(mails, "Mon Compte Partenaire - votre mot de passe temporaire");
        assertEquals(login, find(LOGIN, loginMail));
        assertTrue(!passwordMail.contains(login), "the password mail does not repeat the login id");
        assertTrue(!loginMail.contains(find(PASSWORD, passwordMail)), "the login mail does not carry the password");
        Browser.submit(driver, By.id("logoutForm:logout"));
        driver.manage().deleteAllCookies();
        return new Credentials(login, find(PASSWORD, passwordMail), email);
    }

    /**
     * Opens an account in the demo commune through the API, as its administrator (ENFADM) would, from today; returns its
     * login (the temporary password comes by mail: {@link #fromMails}).
     */
    public static String openByApi(String lastName, String firstName, String email) throws Exception {
        Api.Reply created = Api.as(
                "ENFADM",
                "POST",
                "/api/v1/users",
                "{\"account\":{\"lastName\":\"" + lastName + "\",\"firstName\":\"" + firstName + "\",\"email\":\""
                        + email + "\",\"emailConfirmation\":\"" + email + "\",\"opensOn\":\"" + LocalDate.now()
                        + "\"}}");
        assertEquals(201, created.status(), created.body());
        return created.json().getString("login");
    }

    /**
     * Waits until a commune account may try to sign in again after a failure, as its administrator (ENFADM) reads it on
     * the account ({@code signInAllowedFrom}: the delay after each failure, 1 s on the test server, or the lock).
     */
    public static void awaitSignInAllowed(String login) {
        Facts.await(
                () -> Api.as("ENFADM", "GET", "/api/v1/users?login=" + login, null)
                        .json()
                        .getJsonArray("rows")
                        .getJsonObject(0),
                user -> !user.containsKey("signInAllowedFrom")
                        || user.isNull("signInAllowedFrom")
                        || Instant.parse(user.getString("signInAllowedFrom")).isBefore(Instant.now()),
                Duration.ofSeconds(60),
                login + " may sign in again");
    }

    /** The credentials of an account opened for that address, read from its two mails. */
    public static Credentials fromMails(String email) throws Exception {
        List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 2, Duration.ofSeconds(60));
        assertEquals(2, mails.size(), "two separate mails: login id, then temporary password");
        String login = find(LOGIN, bodyWithSubject(mails, "Mon Compte Partenaire - votre identifiant"));
        String password =
                find(PASSWORD, bodyWithSubject(mails, "Mon Compte Partenaire - votre mot de passe temporaire"));
        return new Credentials(login, password, email);
    }

    /** Signs in with the temporary password, accepts the terms and chooses the password; ends on the welcome page. */
    public static void firstLogin(WebDriver driver, Credentials account, String newPassword) {
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, account.login(), account.temporaryPassword());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("/premiere-connexion.xhtml"));
        Browser.submit(driver, By.id("terms:accept"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password:newPassword")));
        driver.findElement(By.id("password:newPassword")).sendKeys(newPassword);
        driver.findElement(By.id("password:confirmation")).sendKeys(newPassword);
        Browser.submit(driver, By.id("password:save"));
        wait.until(ExpectedConditions.urlContains("/accueil.xhtml"));
    }

    public static String temporaryPasswordIn(MimeMessage mail) throws Exception {
        return find(PASSWORD, (String) mail.getContent());
    }

    private static String bodyWithSubject(List<MimeMessage> mails, String subject) throws Exception {
        for (MimeMessage mail : mails) {
            if (subject.equals(mail.getSubject())) {
                return (String) mail.getContent();
            }
        }
        throw new AssertionError("No mail with subject " + subject);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }
}
