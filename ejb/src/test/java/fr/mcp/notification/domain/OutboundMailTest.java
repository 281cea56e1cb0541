package fr.mcp.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundMailTest {

    private final Instant now = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void eachNotificationHasItsOwnIdempotencyKey() {
        OutboundMail first = new OutboundMail("mail-check", "a@example.org", Map.of(), now);
        OutboundMail second = new OutboundMail("mail-check", "a@example.org", Map.of(), now);

        assertNotEquals(first.getId(), second.getId());
        assertEquals(MailStatus.QUEUED, first.getStatus());
    }

    @Test
    void parametersSurviveStorage() {
        Map<String, String> parameters = Map.of("name", "Zoé \"la\" d'Artagnan", "login", "ENF4K7Q2");
        OutboundMail mail = new OutboundMail("account", "a@example.org", parameters, now);

        assertEquals(parameters, mail.getParameters());
    }

    @Test
    void failuresAreCountedThenClearedBySuccess() {
        OutboundMail mail = new OutboundMail("mail-check", "a@example.org", Map.of(), now);

        assertEquals(1, mail.recordFailure("Connection refused", now.plusSeconds(30)));
        assertEquals(2, mail.recordFailure("Connection refused", now.plusSeconds(90)));
        assertEquals(MailStatus.RETRYING, mail.getStatus());
        assertFalse(mail.isSent());

        mail.markSent(now.plusSeconds(60));
        assertTrue(mail.isSent());
        assertEquals(3, mail.getAttempts());
        assertNull(mail.getLastError());
        assertEquals(now.plusSeconds(60), mail.getSentAt());
    }

    @Test
    void longErrorsAreTruncatedToTheColumnSize() {
        OutboundMail mail = new OutboundMail("mail-check", "a@example.org", Map.of(), now);
        mail.recordFailure("x".repeat(5_000), now);

        assertEquals(1_000, mail.getLastError().length());
    }

    @Test
    void aWaitingMailIsDueAtItsNextAttemptAndNoLongerOnceSentOrParked() {
        OutboundMail sent = new OutboundMail("mail-check", "a@example.org", Map.of(), now);
        assertEquals(now, sent.getDueAt(), "a new mail is due at once");
        sent.recordFailure("Connection refused", now.plusSeconds(30));
        assertEquals(now.plusSeconds(30), sent.getDueAt(), "a failed one when its retry is");
        sent.markSent(now.plusSeconds(31));
        assertNull(sent.getDueAt());

        OutboundMail parked = new OutboundMail("mail-check", "a@example.org", Map.of(), now);
        parked.recordFailure("Invalid address", now);
        parked.park();
        assertNull(parked.getDueAt());
    }

    @Test
    void onlyTheFirstOfTwoMessagesForOneAttemptActs() {
        OutboundMail mail = new OutboundMail("mail-check", "a@example.org", Map.of(), now);
        assertTrue(mail.awaits(0), "the first message, queued with the mail");
        int carried = mail.resume(now.plusSeconds(700));
        assertEquals(0, carried, "a mail queued again before any attempt: its message carries 0 attempts");
        assertEquals(now.plusSeconds(700), mail.getDueAt());

        mail.recordFailure("Connection refused", now.plusSeconds(730));
        assertFalse(mail.awaits(0), "the lost message coming back after the new one's attempt is ignored");
        assertTrue(mail.awaits(1), "the retry scheduled by that attempt acts");

        mail.markSent(now.plusSeconds(730));
        assertFalse(mail.awaits(1), "nothing acts on a sent mail");
    }
}
