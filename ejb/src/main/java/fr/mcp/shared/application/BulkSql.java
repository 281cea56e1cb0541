package fr.mcp.shared.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Bulk work on the persistence context's own connection, in the caller's transaction. New rows written by JDBC
 * batches: for writes of thousands of rows at once (a campaign's declarations), where the persistence context would
 * build, compare and merge an object per row for nothing. The rows are not in the persistence context; a query later in the same
 * transaction reads them from the database. A failure (a unique key) throws a {@link PersistenceException}: the
 * transaction rolls back whole.
 * <p>
 * Ids come from the shared sequence the way the entities get theirs (allocationSize 50, the sequence incrementing by
 * 50): a value {@code v} of the sequence reserves the block {@code v-49 … v}, so the ids given here never meet those of
 * the persistence context.
 */
public final class BulkSql {

    /** The version of a new row, as the persistence context writes it. */
    public static final long NEW_ROW_VERSION = 1L;

    /** The entities' allocationSize, and the sequence's increment (V1). */
    private static final int BLOCK = 50;

    private final Connection connection;
    private final boolean derby;
    /** Ids taken from the sequence and not given yet. */
    private final ArrayDeque<Long> ids = new ArrayDeque<>();

    private BulkSql(Connection connection) throws SQLException {
        this.connection = connection;
        this.derby =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("derby");
    }

    /** On the connection the persistence context uses in the current transaction. */
    public static BulkSql on(EntityManager em) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("A batch insert needs a transaction");
        }
        return on(connection);
    }

    static BulkSql on(Connection connection) {
        try {
            return new BulkSql(connection);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Makes sure the next {@code count} ids are at hand, the blocks they need taken from the sequence in one statement. */
    public void reserve(int count) {
        int blocks = (int) Math.ceil((count - ids.size()) / (double) BLOCK);
        if (blocks <= 0) {
            return;
        }
        // Derby has no series to select from: one statement per block there (embedded, no round trip).
        String sql = derby
                ? "VALUES NEXT VALUE FOR mcp_seq"
                : "SELECT nextval('mcp_seq') FROM generate_series(1, " + blocks + ")";
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < (derby ? blocks : 1); i++) {
                try (ResultSet result = statement.executeQuery(sql)) {
                    while (result.next()) {
                        long last = result.getLong(1);
                        for (long id = last - BLOCK + 1; id <= last; id++) {
                            ids.add(id);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** The next id of the shared sequence. */
    public long nextId() {
        if (ids.isEmpty()) {
            reserve(1);
        }
        return ids.removeFirst();
    }

    /**
     * Refreshes the planner's statistics of a table after a bulk write, on PostgreSQL (ANALYZE, which samples the
     * table: a fraction of a second even for millions of rows). Derby keeps its index statistics up to date itself.
     */
    public void refreshStatistics(String table) {
        if (derby) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + table);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /**
     * On PostgreSQL, the rest of the transaction plans each statement with its values: the generic plan PostgreSQL
     * keeps for a prepared statement after five runs cannot see that a keyset bound leaves only the last rows to read.
     */
    public void planWithValues() {
        if (derby) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL plan_cache_mode = force_custom_plan");
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /**
     * Inserts the rows (values in the order of the columns; Instant, LocalDate and enums converted as the entities
     * store them) in one JDBC batch.
     */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(columns.size() - 1) + "?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            ParameterMetaData types = null;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object value = row[i];
                    if (value == null) {
                        types = types == null ? statement.getParameterMetaData() : types;
                        statement.setNull(i + 1, types.getParameterType(i + 1));
                    } else {
                        statement.setObject(i + 1, jdbc(value));
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException(
                    "Rows not inserted into " + table + ": "
                            + (e.getNextException() != null ? e.getNextException() : e).getMessage(),
                    e);
        }
    }

    private static Object jdbc(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof LocalDate day) {
            return Date.valueOf(day);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
