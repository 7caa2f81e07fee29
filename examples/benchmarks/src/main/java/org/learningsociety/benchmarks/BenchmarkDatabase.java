package org.learningsociety.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A fresh database for one benchmark run: H2 on a file (or in memory, h2mem), or an embedded PostgreSQL 14. */
final class BenchmarkDatabase implements AutoCloseable {

    /**
     * H2's settings for the benchmarks (override with {@code -Dh2.options=...}): see
     * docs/benchmarks.md for what each bought.
     */
    static final String H2_OPTIONS = System.getProperty("h2.options", ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144");

    /** PostgreSQL JDBC driver settings (override with {@code -Dpg.options=...}). */
    static final String PG_OPTIONS = System.getProperty("pg.options", "");

    /**
     * PostgreSQL server settings, {@code name=value} separated by {@code ;} (e.g.
     * {@code -Dpg.server=shared_preload_libraries=auto_explain;auto_explain.log_min_duration=10ms}).
     */
    static final String PG_SERVER = System.getProperty("pg.server", "");

    private final String kind;
    private final HikariDataSource dataSource;
    private final EmbeddedPostgres postgres;
    private final Path directory;

    private BenchmarkDatabase(String kind, HikariDataSource dataSource, EmbeddedPostgres postgres, Path directory) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.directory = directory;
    }

    static BenchmarkDatabase start(String kind) {
        try {
            HikariDataSource pool = new HikariDataSource();
            pool.setMaximumPoolSize(8);
            switch (kind) {
                case "h2" -> {
                    Path dir = Files.createTempDirectory("ls-bench-h2");
                    pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("bench") + H2_OPTIONS);
                    pool.setUsername("sa");
                    pool.setPassword("");
                    return new BenchmarkDatabase(kind, pool, null, dir);
                }
                case "h2mem" -> {
                    pool.setJdbcUrl("jdbc:h2:mem:" + uniqueName() + ";DB_CLOSE_DELAY=-1");
                    pool.setUsername("sa");
                    pool.setPassword("");
                    return new BenchmarkDatabase("h2", pool, null, null).requestedAs(kind);
                }
                case "postgres" -> {
                    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                    for (String setting : PG_SERVER.split(";")) {
                        if (!setting.isBlank()) {
                            builder.setServerConfig(setting.substring(0, setting.indexOf('=')).trim(),
                                    setting.substring(setting.indexOf('=') + 1).trim());
                        }
                    }
                    EmbeddedPostgres postgres = builder.start();
                    String url = postgres.getJdbcUrl("postgres", "postgres");
                    pool.setJdbcUrl(PG_OPTIONS.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + PG_OPTIONS);
                    pool.setUsername("postgres");
                    pool.setPassword("postgres");
                    return new BenchmarkDatabase(kind, pool, postgres, null);
                }
                default -> throw new IllegalArgumentException("database must be h2, h2mem or postgres, not " + kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return dataSource.getJdbcUrl();
    }

    /** The server settings the figures depend on most (PostgreSQL), as the running server reports them. */
    String settings() {
        if (postgres == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder("; server");
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String name : java.util.List.of("shared_buffers", "max_wal_size", "synchronous_commit", "fsync")) {
                try (var row = statement.executeQuery("SHOW " + name)) {
                    row.next();
                    shown.append(' ').append(name).append('=').append(row.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return shown.toString();
    }

    private String requested;

    private BenchmarkDatabase requestedAs(String asked) {
        this.requested = asked;
        return this;
    }

    /** The kind asked for on the command line ({@code h2mem} is an {@code h2} {@link #kind()}). */
    String requested() {
        return requested != null ? requested : kind;
    }

    String kind() {
        return kind;
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        try {
            if (postgres != null) {
                postgres.close();
            }
            if (directory != null) {
                try (var files = Files.walk(directory)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String uniqueName() {
        return UUID.randomUUID().toString();
    }
}
