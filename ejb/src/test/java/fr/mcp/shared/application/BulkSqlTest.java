package fr.mcp.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On an embedded Derby database in memory, with the product's sequence (V1: from 1000, by 50). */
class BulkSqlTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private enum Kind {
        ACTIVITY
    }

    private Connection db;

    @BeforeEach
    void database() throws SQLException {
        db = DriverManager.getConnection("jdbc:derby:memory:batch" + DATABASES.incrementAndGet() + ";create=true");
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE SEQUENCE mcp_seq AS BIGINT START WITH 1000 INCREMENT BY 50");
            ddl.execute(
                    "CREATE TABLE row_kind (id BIGINT NOT NULL PRIMARY KEY, label VARCHAR(20), site_id BIGINT, at_time TIMESTAMP, on_day DATE,"
                            + " kind VARCHAR(10), version BIGINT NOT NULL)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void idsAreTheBlocksOfFiftyTheSequenceGivesAsTheEntitiesGetThem() throws SQLException {
        BulkSql rows = BulkSql.on(db);
        rows.reserve(120);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(rows.nextId());
        }
        // The first value 1000 reserves 951 … 1000 (EclipseLink's preallocation: the value is the block's last id).
        assertEquals(951L, ids.get(0));
        assertEquals(1070L, ids.get(119));
        assertEquals(120, ids.stream().distinct().count());
        for (int i = 1; i < ids.size(); i++) {
            assertEquals(ids.get(i - 1) + 1, ids.get(i));
        }
        assertEquals(1150L, nextSequenceValue(), "three blocks taken, no more");
        rows.reserve(30);
        assertEquals(1200L, nextSequenceValue(), "the 30 ids left in hand were enough: no block taken");
    }

    @Test
    void rowsAreWrittenWithTheirNullsInstantsDaysAndEnumsAsTheEntitiesStoreThem() throws SQLException {
        Instant at = Instant.parse("2026-11-25T08:30:00Z");
        BulkSql.on(db)
                .insert(
                        "row_kind",
                        List.of("id", "label", "site_id", "at_time", "on_day", "kind", "version"),
                        List.of(
                                new Object[] {
                                    1L, "Activité — Nord", 7L, at, LocalDate.of(2026, 12, 31), Kind.ACTIVITY, 1L
                                },
                                new Object[] {2L, null, null, null, null, null, 1L}));
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery(
                        "SELECT id, label, site_id, at_time, on_day, kind FROM row_kind ORDER BY id")) {
            assertTrue(row.next());
            assertEquals("Activité — Nord", row.getString(2));
            assertEquals(7L, row.getLong(3));
            assertEquals(at, row.getTimestamp(4).toInstant());
            assertEquals(LocalDate.of(2026, 12, 31), row.getDate(5).toLocalDate());
            assertEquals("ACTIVITY", row.getString(6));
            assertTrue(row.next());
            for (int column = 2; column <= 6; column++) {
                assertEquals(null, row.getObject(column), "column " + column);
            }
        }
    }

    @Test
    void aBrokenUniqueKeyFailsTheWholeWriteWithAPersistenceException() {
        List<String> columns = List.of("id", "version");
        List<Object[]> twice = new ArrayList<>();
        twice.add(new Object[] {5L, 1L});
        twice.add(new Object[] {5L, 1L});
        PersistenceException failure =
                assertThrows(PersistenceException.class, () -> BulkSql.on(db).insert("row_kind", columns, twice));
        assertTrue(failure.getMessage().startsWith("Rows not inserted into row_kind"), failure.getMessage());
    }

    private long nextSequenceValue() throws SQLException {
        try (Statement query = db.createStatement();
                ResultSet value = query.executeQuery("VALUES NEXT VALUE FOR mcp_seq")) {
            value.next();
            return value.getLong(1);
        }
    }
}
