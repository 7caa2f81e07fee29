package org.learningsociety.core.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases every persistence test runs on: H2 in memory and a real PostgreSQL (embedded,
 * started once per JVM and shared). Each test gets a fresh, empty database.
 */
enum Database {
    H2 {
        @Override
        HikariDataSource freshDataSource() {
            return pool("jdbc:h2:mem:ls-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
    },
    POSTGRESQL {
        @Override
        HikariDataSource freshDataSource() {
            String name = "ls_test_" + DATABASES.incrementAndGet();
            try (Connection admin = SharedPostgres.INSTANCE.getPostgresDatabase().getConnection();
                    Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return pool(SharedPostgres.INSTANCE.getJdbcUrl("postgres", name), "postgres", "postgres");
        }
    };

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** A pooled data source on a new, empty database; close it when done. */
    abstract HikariDataSource freshDataSource();

    private static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(12);
        pool.setMinimumIdle(0);
        return pool;
    }

    /** A fresh database with the schema migrated, and the persistence on it. */
    Store freshStore() {
        HikariDataSource dataSource = freshDataSource();
        MyBatisPersistence persistence = MyBatisPersistence.create(dataSource);
        persistence.migrate();
        return new Store(this, dataSource, persistence);
    }

    /** The embedded PostgreSQL, started on first use and stopped when the JVM exits. */
    private static final class SharedPostgres {

        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the data directory is temporary
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
