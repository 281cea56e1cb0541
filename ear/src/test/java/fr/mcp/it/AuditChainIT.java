package fr.mcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.mcp.it.support.Api;
import fr.mcp.it.support.Api.Reply;
import fr.mcp.it.support.TestMailServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit chain seals every audit row and a verification finds a row changed or deleted in the database behind the
 * application's back, then intact again once the row is put back. Tampering needs a second connection to the
 * database, which the embedded Derby of the default run does not allow: that part runs on PostgreSQL (CI runs both).
 */
class AuditChainIT {

    private static final String VERIFY = "/api/v1/audit/chain/verifications";

    @Test
    void theDemoAuditRowsAreSealedAndTheChainIsIntactAndOnlyCafAdministratorsVerifyIt() throws Exception {
        JsonObject result = verify();
        assertTrue(result.getBoolean("intact"), result.toString());
        assertTrue(
                result.getJsonNumber("linksChecked").longValue() > 0,
                "the demo data's audit rows are sealed: " + result);
        assertEquals(
                result.getJsonNumber("linksChecked").longValue(),
                result.getJsonNumber("headSeq").longValue(),
                result.toString());
        assertEquals(64, result.getString("headHash").length());
        assertEquals(403, Api.as("CAFREV", "POST", VERIFY, null).status());
        assertEquals(403, Api.as("ENFADM", "POST", VERIFY, null).status());
    }

    @Test
    void aRowChangedThenDeletedInTheDatabaseIsFoundAndTheChainIsIntactOnceItIsBack() throws Exception {
        assumeTrue(
                "postgresql".equals(System.getProperty("it.db.kind")),
                "tampering needs a second connection (PostgreSQL run)");
        String login = "ZZ" + System.nanoTime() % 1_000_000_000L;
        assertEquals(
                401,
                Api.call("GET", "/api/v1/partners", null, login, "not-a-password")
                        .status(),
                "a failed sign-in is a security event");
        assertTrue(verify().getBoolean("intact"), "intact before tampering");
        try (Connection db = secondConnection()) {
            long id = scalar(db, "SELECT id FROM security_event WHERE login = '" + login + "'");
            Object[] original = row(db, id);

            update(db, "UPDATE security_event SET client_address = '203.0.113.66' WHERE id = " + id);
            JsonObject altered = verify();
            assertFalse(altered.getBoolean("intact"), altered.toString());
            assertEquals(
                    List.of("SECURITY " + id + " : La ligne scellée a été modifiée après son scellement."),
                    breaks(altered));

            update(db, "DELETE FROM security_event WHERE id = " + id);
            assertEquals(List.of("SECURITY " + id + " : La ligne scellée a été supprimée."), breaks(verify()));

            restore(db, original);
            assertTrue(verify().getBoolean("intact"), "the same row put back, untouched");
        }
    }

    @Test
    void securityEventsPastTheRetentionPeriodAreErasedAndTheChainStaysIntactButAnotherDeletionIsStillFound()
            throws Exception {
        assumeTrue(
                "postgresql".equals(System.getProperty("it.db.kind")),
                "writing an old event needs a second connection (PostgreSQL run)");
        long oldId = 9_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L;
        String login = "ZR" + System.nanoTime() % 1_000_000_000L;
        try (Connection db = secondConnection()) {
            update(
                    db,
                    "INSERT INTO security_event (id, occurred_at, type, login, client_address, user_agent, detail, version) VALUES ("
                            + oldId + ", CURRENT_TIMESTAMP - INTERVAL '800 days', 'LOGIN_FAILURE', '" + login
                            + "', '192.0.2.1', 'test', 'old', 0)");
            assertTrue(verify().getBoolean("intact"), "the old event is sealed like any other");

            Reply run = Api.as("CAFADM", "POST", "/api/v1/audit/chain/retention-runs", null);
            assertEquals(200, run.status(), run.body());
            assertTrue(run.json().getJsonNumber("erased").longValue() >= 1, run.body());
            assertEquals(
                    0,
                    scalar(db, "SELECT COUNT(*) FROM security_event WHERE id = " + oldId),
                    "the expired event is gone");
            JsonObject after = verify();
            assertTrue(after.getBoolean("intact"), "erased by the retention, as recorded: " + after);
            assertTrue(after.getJsonNumber("prunedLinks").longValue() >= 1, after.toString());
            assertTrue(
                    scalar(db, "SELECT COUNT(*) FROM admin_audit WHERE action = 'EVENTS_PRUNED'") >= 1,
                    "the erasure is in the journal, sealed");

            assertEquals(
                    401,
                    Api.call("GET", "/api/v1/partners", null, login, "not-a-password")
                            .status());
            assertTrue(verify().getBoolean("intact"));
            long recent = scalar(db, "SELECT id FROM security_event WHERE login = '" + login + "'");
            Object[] original = row(db, recent);
            update(db, "DELETE FROM security_event WHERE id = " + recent);
            assertEquals(
                    List.of("SECURITY " + recent + " : La ligne scellée a été supprimée."),
                    breaks(verify()),
                    "a recent row is not covered");
            restore(db, original);
            assertTrue(verify().getBoolean("intact"));
        }
        assertEquals(
                403,
                Api.as("CAFREV", "POST", "/api/v1/audit/chain/retention-runs", null)
                        .status());
    }

    @Test
    void thePeriodicSealingReadsOnlyTheRecentRowsAndAVerificationSealsAnOlderOneToo() throws Exception {
        assumeTrue(
                "postgresql".equals(System.getProperty("it.db.kind")),
                "writing an old event needs a second connection (PostgreSQL run)");
        try (Connection db = secondConnection()) {
            awaitSealed(db, failedSignIn(db));

            // Put back with a time long past and an id below every recent one, as a row restored from a backup would
            // be.
            long old = -1_000_000_000L - System.nanoTime() % 1_000_000_000L;
            writeSecurityEvent(db, old, "CURRENT_TIMESTAMP - INTERVAL '800 days'", "put back");
            long recent = failedSignIn(db);
            awaitSealed(db, recent);
            assertEquals(
                    0,
                    sealedLinks(db, old),
                    "a row with a time long past and a lower id is outside the periodic sealing's window");

            assertTrue(verify().getBoolean("intact"));
            assertEquals(1, sealedLinks(db, old), "the verification seals every pending row, however old");
        }
    }

    @Test
    void aRowCommittedLateWithALowerIdThanThoseSealedIsSealedByThePeriodicRecheck() throws Exception {
        assumeTrue(
                "postgresql".equals(System.getProperty("it.db.kind")),
                "writing a late row needs a second connection (PostgreSQL run)");
        try (Connection db = secondConnection()) {
            awaitSealed(db, failedSignIn(db));

            // Written now with an id below every sealed one: what a transaction that took its id early and committed
            // late
            // leaves. Above the ids of the rows put back with an old time (the test above), which must stay out of the
            // window.
            long late = -1_000_000L - System.nanoTime() % 100_000L;
            writeSecurityEvent(db, late, "CURRENT_TIMESTAMP", "committed late");

            awaitSealed(db, late);
            assertTrue(verify().getBoolean("intact"));
        }
    }

    /** A connection of the test's own to the server's PostgreSQL database, to write rows behind the server's back. */
    private static Connection secondConnection() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://" + System.getenv("MCP_DB_HOST") + ":" + System.getenv("MCP_DB_PORT") + "/"
                        + System.getenv("MCP_DB_NAME"),
                System.getenv("MCP_DB_USER"),
                System.getenv("MCP_DB_PASSWORD"));
    }

    /** A failed sign-in written directly with that id and time (an SQL expression), as no server would write it. */
    private static void writeSecurityEvent(Connection db, long id, String time, String detail) throws SQLException {
        update(
                db,
                "INSERT INTO security_event (id, occurred_at, type, login, client_address, user_agent, detail, version) VALUES ("
                        + id + ", " + time + ", 'LOGIN_FAILURE', 'ZW" + Math.abs(id % 1_000_000)
                        + "', '192.0.2.1', 'test', '" + detail + "', 0)");
    }

    /** A failed sign-in under a new login; returns the id of the security event it wrote. */
    private static long failedSignIn(Connection db) throws Exception {
        String login = "ZS" + System.nanoTime() % 1_000_000_000L;
        assertEquals(
                401,
                Api.call("GET", "/api/v1/partners", null, login, "not-a-password")
                        .status());
        return scalar(db, "SELECT id FROM security_event WHERE login = '" + login + "'");
    }

    /** Waits for the periodic sealing (every 10 s) to seal that security event, nobody asking for a verification. */
    private static void awaitSealed(Connection db, long securityEventId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (sealedLinks(db, securityEventId) == 0) {
            assertTrue(System.nanoTime() < deadline, "security event " + securityEventId + " sealed within 60 s");
            Thread.sleep(250);
        }
    }

    private static long sealedLinks(Connection db, long securityEventId) throws SQLException {
        return scalar(
                db, "SELECT COUNT(*) FROM audit_chain WHERE source = 'SECURITY' AND source_id = " + securityEventId);
    }

    @Test
    void theHeadOfTheChainIsMailedOutsideThePlatformAndMatchesItsLink() throws Exception {
        TestMailServer.ensureStarted();
        Api.Reply digest = Api.as("CAFADM", "POST", "/api/v1/audit/chain/digests", null);
        assertEquals(201, digest.status(), digest.body());
        String headHash = digest.json().getString("headHash");
        long headSeq = digest.json().getJsonNumber("headSeq").longValue();

        List<MimeMessage> mails =
                TestMailServer.awaitMailsTo("securite-audit@caf.demo.mcp.test", 1, Duration.ofSeconds(60)).stream()
                        .filter(m -> body(m).contains(headHash) && body(m).contains("demandée par CAFADM"))
                        .toList();
        assertEquals(1, mails.size(), "one digest mail with the head's hash");
        assertTrue(body(mails.get(0)).contains("tête de chaîne n° " + headSeq), body(mails.get(0)));
        assertTrue(
                body(mails.get(0)).contains("vérification de toute la chaîne : chaîne intacte"),
                "the digest carries a verification: " + body(mails.get(0)));
        Api.Reply link = Api.as("CAFADM", "GET", "/api/v1/audit/chain/links/" + headSeq, null);
        assertEquals(200, link.status(), link.body());
        assertEquals(headHash, link.json().getString("hash"), "the mailed hash is the link's");
        assertEquals(
                404,
                Api.as("CAFADM", "GET", "/api/v1/audit/chain/links/0", null).status());
        assertEquals(
                403,
                Api.as("CAFREV", "POST", "/api/v1/audit/chain/digests", null).status());
    }

    private static String body(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (Exception e) {
            return "";
        }
    }

    private static JsonObject verify() throws Exception {
        Api.Reply reply = Api.as("CAFADM", "POST", VERIFY, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<String> breaks(JsonObject result) {
        return result.getJsonArray("breaks").stream()
                .map(JsonValue::asJsonObject)
                .map(b -> b.getString("source") + " "
                        + b.getJsonNumber("sourceId").longValue() + " : " + b.getString("reason"))
                .toList();
    }

    private static long scalar(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            assertEquals(1, statement.executeUpdate(sql), sql);
        }
    }

    private static Object[] row(Connection db, long id) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM security_event WHERE id = " + id)) {
            assertTrue(result.next());
            ResultSetMetaData meta = result.getMetaData();
            Object[] values = new Object[meta.getColumnCount() * 2];
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values[(i - 1) * 2] = meta.getColumnName(i);
                values[(i - 1) * 2 + 1] = result.getObject(i);
            }
            return values;
        }
    }

    private static void restore(Connection db, Object[] columnsAndValues) throws SQLException {
        int count = columnsAndValues.length / 2;
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < count; i++) {
            columns.append(i == 0 ? "" : ", ").append(columnsAndValues[i * 2]);
        }
        String marks = String.join(", ", Collections.nCopies(count, "?"));
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO security_event (" + columns + ") VALUES (" + marks + ")")) {
            for (int i = 0; i < count; i++) {
                insert.setObject(i + 1, columnsAndValues[i * 2 + 1]);
            }
            assertEquals(1, insert.executeUpdate());
        }
    }
}
