package fr.mcp.web.security;

import java.sql.SQLException;

/** Whether a failure comes from the database not answering (a JDBC error somewhere in its causes). */
final class DatabaseFailure {

    private DatabaseFailure() {}

    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** The deepest message, for one line of log. */
    static String summary(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }
}
