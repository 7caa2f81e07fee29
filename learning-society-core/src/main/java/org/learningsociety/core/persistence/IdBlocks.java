package org.learningsociety.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Reserves blocks of consecutive ids from the table {@code ls_id_block}, one row per kind of id.
 *
 * <p>A reservation of {@code count} ids is a single {@code UPDATE ... SET next_value = next_value +
 * count}: the row lock makes it atomic across every node of a cluster, and its cost does not grow
 * with {@code count} (a million households take one statement, where {@code nextval} in a loop would
 * take a million). It runs in a short transaction of its own, on a connection of its own, like a
 * sequence: the lock is held for a few microseconds rather than for the whole import that asked for
 * the ids, so concurrent imports neither wait on each other nor deadlock when they reserve several
 * kinds in different orders. As with a sequence, the ids of an import that rolls back are not reused.
 *
 * <p>Note for hosts: a reservation borrows one more connection from the data source for a moment
 * while the caller's transaction holds its own.
 */
final class IdBlocks {

    static final String UNIT = "unit";
    static final String SUBJECT = "subject";
    static final String REGISTRATION = "registration";
    static final String DECISION = "decision";
    static final String COMMENDATION = "commendation";
    static final String CRITERIA_SET = "criteria_set";
    static final String IMPORT = "import";
    static final String MEMBERSHIP = "membership";

    private static final String RESERVE = "UPDATE ls_id_block SET next_value = next_value + ? WHERE name = ?";
    private static final String READ = "SELECT next_value FROM ls_id_block WHERE name = ?";

    private final DataSource dataSource;

    IdBlocks(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource);
    }

    /** Reserves {@code count} consecutive ids of {@code kind} and returns the first. */
    long reserve(String kind, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                long first = reserve(connection, kind, count);
                connection.commit();
                return first;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot reserve " + count + " ids of " + kind, e);
        }
    }

    private static long reserve(Connection connection, String kind, int count) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(RESERVE)) {
            update.setLong(1, count);
            update.setString(2, kind);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No id block " + kind + " in ls_id_block: is the schema migrated?");
            }
        }
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setString(1, kind);
            try (ResultSet next = read.executeQuery()) {
                next.next();
                return next.getLong(1) - count;
            }
        }
    }
}
