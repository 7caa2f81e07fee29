package org.learningsociety.core.persistence;

import java.sql.SQLException;
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
}
