package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.ImportFixture;
import fr.mcp.it.support.It;
import fr.mcp.it.support.NewAccounts;
import fr.mcp.it.support.SecurityJournal;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One account's calls at the same moment, as a partner's software or an agent's script makes them: each is served.
 * Every call with a password notes a sign-in on the account, and the first call with a token in a minute notes its use;
 * none may be refused because another call noted it at the same time (their rows' versions used to make all but one
 * fail). The sign-in is noted by an UPDATE of its own, after what the transaction changed on the account (the failures
 * a right password clears). That bookkeeping leaves the account's version alone: an administrator correcting the
 * account is not refused because its holder signed in meanwhile. Wrong passwords tried at once are each counted.
 */
class ParallelCallsIT {

    private static final int CALLS = 12;
    /** mcp.signin.maxFailures, as on the test server (the product's default). */
    private static final int LOCK_AFTER = 5;

    private static final Set<String> THROTTLED_OR_WRONG =
            Set.of("wrong password", "attempt too soon", "account locked");

    @BeforeAll
    static void mailServer() {
        TestMailServer.ensureStarted(); // the new account's temporary password comes by mail
    }

    @Test
    void callsMadeAtOnceWithOnePasswordAreAllServed() throws Exception {
        List<Integer> statuses =
                atOnce(() -> Api.as("CAFADM", "GET", "/api/v1/campaigns", null).status());

        assertEquals(Collections.nCopies(CALLS, 200), statuses);
    }

    @Test
    void callsMadeAtOnceWithANewTokenAreAllServed() throws Exception {
        String token = ImportFixture.token("DECLARATIONS_IMPORT").getString("secret");

        // A token never used: every call finds its use still to note.
        List<Integer> statuses = atOnce(
                () -> Api.bearer(token, "GET", "/api/v1/imports", null, null).status());

        assertEquals(Collections.nCopies(CALLS, 200), statuses);
    }

    @Test
    void aRightPasswordAfterAWrongOneIsServedAndClearsTheFailure() throws Exception {
        assertEquals(
                401,
                Api.call("GET", "/api/v1/campaigns", null, "CAFREV", "not-the-password")
                        .status());
        Thread.sleep(1_500); // the next attempt is allowed after a delay (1 s on the test server)

        assertEquals(
                200,
                Api.as("CAFREV", "GET", "/api/v1/campaigns", null).status(),
                "signed in, the failure cleared and the sign-in noted at once");
        assertEquals(Collections.nCopies(CALLS, 200), atOnce(() -> Api.as("CAFREV", "GET", "/api/v1/campaigns", null)
                .status()));
    }

    @Test
    void wrongPasswordsTriedAtOnceAreEachCountedRecordedAndLockTheAccount() throws Exception {
        String email = It.uniqueRecipient("brute");
        String login = NewAccounts.openByApi("Parallele", "Paul", email);
        NewAccounts.Credentials account = NewAccounts.fromMails(email);

        List<Integer> statuses =
                atOnce(() -> Api.call("GET", "/api/v1/me/connections?days=1", null, login, "Pas-le-bon-1!")
                        .status());

        assertEquals(Collections.nCopies(CALLS, 401), statuses);
        // Every attempt is in the journal: none lost to a rollback. Those that came after the third counted failure had
        // to wait its delay and were refused without trying the password; how many depends on the timing.
        List<JsonObject> failures = SecurityJournal.events(login, "LOGIN_FAILURE");
        assertEquals(CALLS, failures.size(), failures.toString());
        assertTrue(
                failures.stream().allMatch(e -> THROTTLED_OR_WRONG.contains(e.getString("detail", ""))),
                failures.toString());
        long wrong = SecurityJournal.wrongPasswords(login);
        // One at a time after the delay (1 s on the test server) until the failures reach the lock.
        for (int more = 0; wrong < LOCK_AFTER && more < LOCK_AFTER; more++) {
            NewAccounts.awaitSignInAllowed(login);
            assertEquals(
                    401,
                    Api.call("GET", "/api/v1/me/connections?days=1", null, login, "Pas-le-bon-2!")
                            .status());
            wrong = SecurityJournal.wrongPasswords(login);
        }
        // Each wrong password counted once, from the count the one before left: the account locks at every fifth.
        assertEquals(
                wrong / LOCK_AFTER,
                SecurityJournal.events(login, "ACCOUNT_LOCKED").size(),
                "wrong passwords tried: " + wrong);
        // Locked: the right (temporary) password is refused too, for that reason.
        assertEquals(
                401,
                Api.call("GET", "/api/v1/me/connections?days=1", null, login, account.temporaryPassword())
                        .status());
        assertTrue(
                SecurityJournal.events(login, "LOGIN_FAILURE").stream()
                        .anyMatch(e -> "account locked".equals(e.getString("detail", ""))),
                SecurityJournal.events(login, "LOGIN_FAILURE").toString());
    }

    @Test
    void anAdministratorsCorrectionIsNotRefusedBecauseTheUserSignedInMeanwhile() throws Exception {
        JsonObject user = Api.as("ENFADM", "GET", "/api/v1/users?login=ENFLOG", null)
                .json()
                .getJsonArray("rows")
                .getJsonObject(0);

        // The partner's software signs in with the user's password while the administrator has the record open.
        assertEquals(
                200,
                Api.as("ENFLOG", "GET", "/api/v1/me/connections?days=1", null).status());

        JsonObjectBuilder edit = Json.createObjectBuilder()
                .add("emailConfirmation", user.get("email"))
                .add("version", user.get("version"));
        for (String field : List.of("lastName", "firstName", "email", "phone", "mobility", "opensOn", "closesOn")) {
            edit.add(field, user.getOrDefault(field, JsonValue.NULL));
        }
        Reply saved = Api.as(
                "ENFADM",
                "PUT",
                "/api/v1/users/" + user.getJsonNumber("id").longValue(),
                edit.build().toString());
        assertEquals(204, saved.status(), "a sign-in is not a correction of the record: " + saved.body());
    }

    /** Runs the call {@link #CALLS} times on as many threads, released together; the statuses in order. */
    private static List<Integer> atOnce(Callable<Integer> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(CALLS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : calls) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }
}
