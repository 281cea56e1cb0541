package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.It;
import fr.mcp.it.support.MailQueueState;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Notifications go through the persistent JMS queue and the MDB to the SMTP server, once each. */
class MailNotificationIT {

    @BeforeAll
    static void smtpUp() {
        TestMailServer.ensureStarted();
    }

    @AfterEach
    void smtpBackUp() {
        TestMailServer.ensureStarted();
    }

    /**
     * ... with the headers a relay and a mailbox expect, from the test server's settings (ear/pom.xml): From with the
     * portal's name, Reply-To, and a Message-ID in the From address's domain (a full domain name).
     */
    @Test
    void aQueuedNotificationReachesTheSmtpServerExactlyOnceWithItsFromReplyToAndMessageIdDomain() throws Exception {
        String recipient = It.uniqueRecipient("check");

        String key = queueMailCheck(recipient);

        List<MimeMessage> mails = TestMailServer.awaitMailsTo(recipient, 1, Duration.ofSeconds(60));
        assertEquals(1, mails.size(), "one mail received");
        MimeMessage mail = mails.get(0);
        assertEquals("Mon Compte Partenaire - e-mail de vérification", mail.getSubject());
        assertEquals(
                "<" + key + "@caf-essai.example.fr>",
                mail.getMessageID(),
                "the Message-ID carries the idempotency key, in the sender's domain");
        assertEquals(
                "Mon Compte Partenaire <ne-pas-repondre@caf-essai.example.fr>",
                MimeUtility.decodeText(mail.getHeader("From", ",")),
                "a From: header, not only the envelope sender");
        assertEquals(
                "assistance-partenaires@caf-essai.example.fr",
                mail.getHeader("Reply-To", ","),
                "answers go to the help desk");
        String body = (String) mail.getContent();
        assertTrue(body.contains("demandé par CAFADM"), body);
        // The test server's host runs in UTC (ear/pom.xml): the time written is still the Caf's, Paris's.
        ZonedDateTime paris = ZonedDateTime.now(ZoneId.of("Europe/Paris"));
        assertTrue(
                Stream.of(paris.minusMinutes(2), paris.minusMinutes(1), paris)
                        .map(at -> at.format(DateTimeFormatter.ofPattern("HH'h'mm")))
                        .anyMatch(body::contains),
                "the time of the request, in Paris: " + body);
        JsonObject settled = MailQueueState.awaitSentAndSettled(key);
        assertEquals(1, settled.getInt("attempts"), settled.toString());
        assertEquals(
                1, TestMailServer.mailsTo(recipient).size(), "still exactly one mail once no message of it is left");
        assertTrue(
                Api.get("/metrics?scope=application").body().contains("mcp_mail_sent_total"), "sent mails are counted");
    }

    @Test
    void aNotificationSentWhileSmtpIsDownIsDeliveredOnceItIsBack() throws Exception {
        String recipient = It.uniqueRecipient("outage");
        TestMailServer.stop();

        String key = queueMailCheck(recipient);
        JsonObject retrying = MailQueueState.awaitTrace(key, t -> t.getInt("attempts") >= 2, "tried twice");
        assertEquals(0, TestMailServer.mailsTo(recipient).size(), "nothing can be delivered while SMTP is down");
        assertEquals("RETRYING", retrying.getString("status"), retrying.toString());
        assertTrue(retrying.getInt("pendingMessages") >= 1, "the next attempt waits on the queue: " + retrying);
        assertTrue(retrying.getString("lastError").contains("Exception"), "the last error is kept: " + retrying);

        TestMailServer.ensureStarted();
        List<MimeMessage> mails = TestMailServer.awaitMailsTo(recipient, 1, Duration.ofSeconds(60));
        assertEquals(1, mails.size(), "delivered once SMTP is back; trace " + trace(key));
        JsonObject sent = MailQueueState.awaitSentAndSettled(key);
        assertEquals(1, TestMailServer.mailsTo(recipient).size(), "and never a second time");
        assertTrue(sent.getInt("attempts") > 1, "sent after failed attempts: " + sent);
    }

    @Test
    void aCheckIsTracedOnlyForTheAdministratorWhoAskedForIt() throws Exception {
        String key = queueMailCheck(It.uniqueRecipient("trace"));

        Api.Reply unknown = Api.as("CAFADM", "GET", "/api/v1/ops/mail-checks/no-such-mail", null);
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(
                unknown.body().contains("Aucun e-mail de vérification demandé par vous ne porte cet identifiant"),
                unknown.body());
        Api.Reply otherCaf = Api.as("PARADM", "GET", "/api/v1/ops/mail-checks/" + key, null);
        assertEquals(404, otherCaf.status(), "another administrator cannot read the recipient: " + otherCaf.body());
        assertEquals(
                403,
                Api.as("CAFREV", "GET", "/api/v1/ops/mail-checks/" + key, null).status(),
                "reserved to administrators");
        assertEquals("mail-check", trace(key).getString("template"));
    }

    static JsonObject trace(String key) throws Exception {
        return MailQueueState.trace(key);
    }

    static String queueMailCheck(String recipient) throws Exception {
        Api.Reply reply = Api.postJson(
                "/api/v1/ops/mail-checks", "{\"recipient\":\"" + recipient + "\"}", "CAFADM", It.DEMO_PASSWORD);
        assertEquals(202, reply.status(), reply.body());
        return reply.json().getString("id");
    }
}
