package org.learningsociety.core.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A migrated test database and the persistence on it; closing it closes its connections. */
record Store(Database database, HikariDataSource dataSource, MyBatisPersistence persistence) implements AutoCloseable {

    /** Counts the rows of {@code table} outside any transaction of the persistence (committed rows only). */
    long count(String table) {
        return queryLong("SELECT COUNT(*) FROM " + table);
    }

    long queryLong(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
