package org.learningsociety.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;
import org.learningsociety.core.shared.ConflictException;

/** Turns the database's refusals the domain has words for into the domain's exceptions. */
final class SqlErrors {

    /** SQLState of a unique constraint violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    private SqlErrors() {
    }

    static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Runs {@code write}; a unique violation becomes the {@link ConflictException} {@code conflict}
     * makes. The exception propagates, so the surrounding transaction rolls back.
     */
    static void uniqueAsConflict(Runnable write, Supplier<ConflictException> conflict) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                ConflictException translated = conflict.get();
                translated.initCause(e);
                throw translated;
            }
            throw e;
        }
    }

    /**
     * Runs {@code write} without reading first; a unique violation becomes the {@link ConflictException}
     * {@code named} makes, after the transaction has been rolled back to a savepoint taken before
     * {@code write}: PostgreSQL refuses every statement of a transaction after an error, and
     * {@code named} reads to say which row was refused. The exception propagates, so the surrounding
     * transaction rolls back. Cheaper than reading before every write when a refusal is the exception.
     */
    static void uniqueAsNamedConflict(Connection connection, Runnable write, Supplier<ConflictException> named) {
        Savepoint savepoint;
        try {
            savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        } catch (SQLException e) {
            throw new org.apache.ibatis.exceptions.PersistenceException("Cannot set a savepoint", e);
        }
        try {
            write.run();
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            ConflictException conflict;
            try {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                conflict = named.get();
            } catch (SQLException | RuntimeException naming) {
                e.addSuppressed(naming);
                throw e;
            }
            conflict.initCause(e);
            throw conflict;
        }
        if (savepoint != null) {
            try {
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                throw new org.apache.ibatis.exceptions.PersistenceException("Cannot release a savepoint", e);
            }
        }
    }
}
