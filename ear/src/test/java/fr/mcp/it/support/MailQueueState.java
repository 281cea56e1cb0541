package fr.mcp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Facts the server gives about its mail queue, to wait on instead of sleeping: a mail's trace (status, attempts, its
 * messages still queued), and the whole queue's messages not yet consumed. Once a mail is sent and none of its messages
 * is left, nothing can hand it to the SMTP server again: what the test mail server holds then is final, so a duplicate
 * is caught however late it would have come.
 */
public final class MailQueueState {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private MailQueueState() {}

    /** The trace of a check mail asked for by CAFADM. */
    public static JsonObject trace(String key) throws Exception {
        Api.Reply reply = Api.as("CAFADM", "GET", "/api/v1/ops/mail-checks/" + key, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** Waits until the check mail's trace meets the condition, and returns it. */
    public static JsonObject awaitTrace(String key, Predicate<JsonObject> condition, String what) {
        return Facts.await(() -> trace(key), condition, PATIENCE, "mail " + key + " " + what);
    }

    /** Waits until the check mail is sent and no message of it is left on the queue. */
    public static JsonObject awaitSentAndSettled(String key) {
        return awaitTrace(
                key,
                t -> "SENT".equals(t.getString("status")) && t.getInt("pendingMessages") == 0,
                "sent with no message left");
    }

    /**
     * The moment a test starts its mails from (a second early: the server and the tests share the machine's clock, the
     * server keeps microseconds), for {@link #awaitQueueSettled(Instant)}.
     */
    public static Instant mark() {
        return Instant.now().minusSeconds(1);
    }

    /**
     * Waits until no message is left on the queue for the mails recorded since {@code since}: each of them has had all
     * its chances, and none can be sent again. Older mails are left out: a message lost for good with a server that never
     * came back (TwoServersIT) stays counted with its mail.
     */
    public static void awaitQueueSettled(Instant since) {
        Facts.await(
                () -> queue(since),
                state -> state.getJsonNumber("pendingMessages").longValue() == 0,
                PATIENCE,
                "mail queue settled for the mails since " + since);
    }

    private static JsonObject queue(Instant since) throws Exception {
        Api.Reply reply = Api.as("CAFADM", "GET", "/api/v1/ops/mail-checks/queue?since=" + since, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }
}
