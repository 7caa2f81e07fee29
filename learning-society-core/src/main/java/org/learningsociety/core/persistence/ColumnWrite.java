package org.learningsociety.core.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

/**
 * The columns of rows a repository writes many of at once, said once and bound either way:
 * <ul>
 * <li>row by row, as the parameters of a {@link JdbcBatch} (H2, in process: a batch costs no
 * round trips);</li>
 * <li>column by column, each column's values as one array parameter of a single statement that
 * reads them back as rows with {@code UNNEST} (PostgreSQL). The driver rewrites a batch of
 * {@code INSERT}s into multi-row statements but sends a batch of {@code UPDATE}s as one statement
 * per row, each bound, planned and executed by the server on its own (the measured difference is in
 * docs/benchmarks.md).</li>
 * </ul>
 * The columns are bound in the order they were added, as parameters 1..n either way.
 */
final class ColumnWrite<T> {

    private record Column<T>(String arrayType, int sqlType, Function<T, ?> value) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    ColumnWrite<T> bigint(Function<T, Long> value) {
        return add("BIGINT", Types.BIGINT, value);
    }

    ColumnWrite<T> integer(Function<T, Integer> value) {
        return add("INTEGER", Types.INTEGER, value);
    }

    ColumnWrite<T> varchar(Function<T, String> value) {
        return add("VARCHAR", Types.VARCHAR, value);
    }

    ColumnWrite<T> bool(Function<T, Boolean> value) {
        return add("BOOLEAN", Types.BOOLEAN, value);
    }

    /** An instant as {@code TIMESTAMP WITH TIME ZONE}, written at UTC. */
    ColumnWrite<T> instant(Function<T, Instant> value) {
        return add("TIMESTAMPTZ", Types.TIMESTAMP_WITH_TIMEZONE, row -> {
            Instant instant = value.apply(row);
            return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
        });
    }

    private ColumnWrite<T> add(String arrayType, int sqlType, Function<T, ?> value) {
        columns.add(new Column<>(arrayType, sqlType, value));
        return this;
    }

    /** {@code UNNEST(CAST(? AS type[]), …)} over the columns, for a statement that reads them as rows. */
    String unnest() {
        StringBuilder sql = new StringBuilder("UNNEST(");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(columns.get(i).arrayType()).append("[])");
        }
        return sql.append(')').toString();
    }

    /** Binds {@code row}'s columns as parameters 1..n: a {@link JdbcBatch.Binder}. */
    void bind(PreparedStatement statement, T row) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Object value = columns.get(i).value().apply(row);
            if (value == null) {
                statement.setNull(i + 1, columns.get(i).sqlType());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** Rows per statement: a village's rows in one, a commune's in a few (docs/benchmarks.md, third round). */
    static final int ROWS_PER_STATEMENT = 1_000;

    /**
     * Runs {@code sql} once per {@link #ROWS_PER_STATEMENT} rows, each column's values bound as one
     * array; returns the update count. Must run inside a transaction. Clears the session's cache,
     * which it went around.
     */
    int update(SqlSession session, String sql, Collection<T> rows) {
        int updated = 0;
        for (List<T> chunk : Chunks.of(rows, ROWS_PER_STATEMENT)) {
            try (PreparedStatement statement = prepare(session, sql, chunk)) {
                updated += statement.executeUpdate();
            } catch (SQLException e) {
                throw new PersistenceException("Error writing " + chunk.size() + " rows as arrays: " + sql, e);
            } finally {
                session.clearCache();
            }
        }
        return updated;
    }

    /** As {@link #update} in one statement, {@code RETURNING} one {@code BIGINT} column: its values. */
    List<Long> returningLongs(SqlSession session, String sql, Collection<T> rows) {
        return returningLongs(session, sql, rows, new Object[0][]);
    }

    /**
     * As {@link #returningLongs(SqlSession, String, Collection)}, with {@code after} bound as array
     * parameters after the columns' (an {@code Integer[]} as {@code INTEGER[]}, else {@code VARCHAR[]}).
     */
    List<Long> returningLongs(SqlSession session, String sql, Collection<T> rows, Object[]... after) {
        List<Long> returned = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return returned;
        }
        try (PreparedStatement statement = prepare(session, sql, rows); ResultSet result = bindAfter(statement,
                after).executeQuery()) {
            while (result.next()) {
                returned.add(result.getLong(1));
            }
            return returned;
        } catch (SQLException e) {
            throw new PersistenceException("Error writing " + rows.size() + " rows as arrays: " + sql, e);
        } finally {
            session.clearCache();
        }
    }

    private PreparedStatement bindAfter(PreparedStatement statement, Object[]... after) throws SQLException {
        for (int i = 0; i < after.length; i++) {
            statement.setArray(columns.size() + i + 1, statement.getConnection().createArrayOf(
                    after[i] instanceof Integer[] ? "INTEGER" : "VARCHAR", after[i]));
        }
        return statement;
    }

    private PreparedStatement prepare(SqlSession session, String sql, Collection<T> rows) throws SQLException {
        Connection connection = session.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < columns.size(); i++) {
                Column<T> column = columns.get(i);
                Object[] values = new Object[rows.size()];
                int r = 0;
                for (T row : rows) {
                    values[r++] = column.value().apply(row);
                }
                Array array = connection.createArrayOf(column.arrayType(), values);
                statement.setArray(i + 1, array);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
