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

        assertEquals(1, mail.recordFailure("Connection refused"));
        assertEquals(2, mail.recordFailure("Connection refused"));
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
        mail.recordFailure("x".repeat(5_000));

        assertEquals(1_000, mail.getLastError().length());
    }
}
