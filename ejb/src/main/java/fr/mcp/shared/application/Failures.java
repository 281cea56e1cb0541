package fr.mcp.shared.application;

import java.sql.SQLException;

/** What a failure comes down to: its deepest cause, for one line of log or a readiness reason. */
public final class Failures {

    private Failures() {}

    /** The deepest cause's type and message. */
    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** Whether the database is at the origin (a JDBC error somewhere in the causes): not answering, refusing. */
    public static boolean fromDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
