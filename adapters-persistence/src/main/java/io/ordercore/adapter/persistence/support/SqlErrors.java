package io.ordercore.adapter.persistence.support;

import java.sql.SQLException;

/** Reads database errors the same way on PostgreSQL and H2 (both use the standard SQLSTATE codes). */
public final class SqlErrors {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    /** Whether {@code e} or one of its causes is a unique-constraint violation. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
