package org.learningsociety.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

/**
 * Writes many rows with one prepared statement as JDBC batches on the session's connection, so
 * they land in the session's transaction. Used where a province writes hundreds of thousands of
 * rows: a MyBatis {@code <foreach>} rebuilds and re-parses its dynamic SQL for every chunk, which
 * costs more than the database does. The SQL is constant text with {@code ?} parameters only.
 */
final class JdbcBatch {

    /** Rows sent per {@code executeBatch}. */
    static final int SIZE = 1_000;

    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatch() {
    }

    /**
     * Runs {@code sql} once for each of {@code rows} and returns the update count of each, in order.
     * Must run inside a transaction. Clears the session's cache, which the batch went around.
     */
    static <T> int[] run(SqlSession session, String sql, Collection<T> rows, Binder<T> binder) {
        int[] counts = new int[rows.size()];
        if (rows.isEmpty()) {
            return counts;
        }
        Connection connection = session.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int done = 0;
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == SIZE) {
                    done = flush(statement, counts, done);
                    pending = 0;
                }
            }
            if (pending > 0) {
                flush(statement, counts, done);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Error writing a batch of " + rows.size() + " rows: " + sql, e);
        } finally {
            session.clearCache();
        }
        return counts;
    }

    private static int flush(PreparedStatement statement, int[] counts, int done) throws SQLException {
        int[] batch = statement.executeBatch();
        System.arraycopy(batch, 0, counts, done, batch.length);
        return done + batch.length;
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static void setString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    /** An instant as {@code TIMESTAMP WITH TIME ZONE}, written at UTC. */
    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }
}
