package org.learningsociety.workflow.events;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The outbox's tests on an embedded PostgreSQL, where events are claimed {@code FOR UPDATE SKIP LOCKED}:
 * each test on a database of its own on one server started once for the JVM.
 */
class EventOutboxOnPostgresTest extends EventOutboxTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    String[] database() {
        String name = "outbox_" + DATABASES.incrementAndGet();
        try (Connection connection = Postgres.INSTANCE.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new String[] {"spring.datasource.url=" + Postgres.INSTANCE.getJdbcUrl("postgres", name),
                "spring.datasource.username=postgres", "spring.datasource.password="};
    }

    /** The embedded server, started on first use and stopped when the JVM exits. */
    private static final class Postgres {

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
