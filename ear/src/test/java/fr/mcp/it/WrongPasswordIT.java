package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.It;
import fr.mcp.it.support.NewAccounts;
import fr.mcp.it.support.SecurityJournal;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A wrong password is one failed attempt, whichever API endpoint it is sent to. The mechanism used to check the
 * credentials of a refused call twice on the resources that declare their roles (the container's pass, then the REST
 * layer's), so that an API client locked an account in three calls instead of five.
 */
class WrongPasswordIT {

    /** A demo account of the commune, in CAFADM's Caf (whose journal shows its events). */
    private static final String LOGIN = "ENFLOG";

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @BeforeAll
    static void mailServer() {
        TestMailServer.ensureStarted(); // the new account's temporary password comes by mail
    }

    /**
     * Every operation of the published API document, called once with a demo account's login and a wrong password:
     * each call leaves exactly one failed sign-in in the security journal, never two. A right password on one's own
     * connections clears the failure before the next operation, so that the account never reaches the delay or the
     * lock.
     */
    @Test
    void aWrongPasswordIsCheckedOnceOnEveryEndpointOfTheApi() throws Exception {
        List<String> operations = operations();
        assertTrue(operations.size() > 40, "the API document lists the operations: " + operations);
        List<String> counted = new ArrayList<>();
        for (String operation : operations) {
            String[] call = operation.split(" ", 2);
            Instant before = latestFailure(LOGIN);
            Reply refused = Api.call(call[0], call[1], body(call[0]), LOGIN, "Pas-le-bon-1!");
            assertEquals(401, refused.status(), operation + ": " + refused.body());
            long failures = SecurityJournal.events(LOGIN, "LOGIN_FAILURE").stream()
                    .filter(e ->
                            before == null || Instant.parse(e.getString("at")).isAfter(before))
                    .count();
            if (failures != 1) {
                counted.add(operation + ": " + failures);
            }
            assertEquals(
                    200,
                    Api.as(LOGIN, "GET", "/api/v1/me/connections?days=1", null).status());
        }
        assertTrue(counted.isEmpty(), "failed sign-ins recorded for one wrong password: " + counted);
    }

    private static Instant latestFailure(String login) throws Exception {
        return SecurityJournal.events(login, "LOGIN_FAILURE").stream()
                .map(e -> Instant.parse(e.getString("at")))
                .max(Instant::compareTo)
                .orElse(null);
    }

    /** The partners' list, where it was seen: four wrong passwords leave the account open, the fifth locks it. */
    @Test
    void fourWrongPasswordsLeaveTheAccountOpenAndTheFifthLocksIt() throws Exception {
        String email = It.uniqueRecipient("wrongpw");
        String login = NewAccounts.openByApi("Erreur", "Eve", email);
        NewAccounts.Credentials account = NewAccounts.fromMails(email);

        for (int attempt = 1; attempt <= 5; attempt++) {
            NewAccounts.awaitSignInAllowed(login);
            assertEquals(
                    401,
                    Api.call("GET", "/api/v1/partners", null, login, "Pas-le-bon-" + attempt + "!")
                            .status());
            assertEquals(
                    attempt,
                    SecurityJournal.events(login, "LOGIN_FAILURE").size(),
                    "failed sign-ins after " + attempt + " call(s)");
            assertEquals(
                    attempt,
                    SecurityJournal.wrongPasswords(login),
                    "wrong passwords counted after " + attempt + " call(s)");
            assertEquals(
                    attempt < 5 ? 0 : 1,
                    SecurityJournal.events(login, "ACCOUNT_LOCKED").size(),
                    "locked after " + attempt + " wrong password(s)");
        }
        assertEquals(
                401,
                Api.call("GET", "/api/v1/partners", null, login, account.temporaryPassword())
                        .status(),
                "locked: the right password is refused too");
    }

    /** The operations of /openapi as "METHOD /path", path parameters replaced by 1. */
    private static List<String> operations() throws Exception {
        Reply document = Api.call("GET", "/openapi?format=JSON", null, null, null);
        assertEquals(200, document.status(), document.body());
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path :
                document.json().getJsonObject("paths").entrySet()) {
            String address = path.getKey().replaceAll("\\{[^}]+}", "1");
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (METHODS.contains(method)) {
                    operations.add(method.toUpperCase() + " " + address);
                }
            }
        }
        return operations;
    }

    private static String body(String method) {
        return "GET".equals(method) || "DELETE".equals(method) ? null : "{}";
    }
}
