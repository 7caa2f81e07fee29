package org.learningsociety.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Migrates the library's own tables, with its own history table {@code ls_schema_history}, so that
 * it shares a schema with Camunda's tables and with a host's Flyway or Liquibase history without
 * touching either, and without putting a migration tool on the host's classpath. Scripts run in
 * order, once; a script changed after it ran is refused. A lock row serialises concurrent starts of
 * a cluster's nodes (on PostgreSQL, whose DDL is transactional, a failed script leaves nothing). For a
 * DBA who runs them by hand, the same scripts as this runs them per database, with their history rows,
 * ship under {@code org/learningsociety/core/persistence/db/sql/<databaseId>/} (docs/database.md).
 */
final class SchemaMigrations {

    /**
     * The scripts, in order: {@code V<n>__<description>.sql}. Append, never edit one that shipped. A
     * script may have a variant for one database in a folder named after its {@code databaseId}
     * ({@code postgresql/V6__….sql}), which that database runs instead.
     */
    static final List<String> SCRIPTS = List.of("V1__learning_society_schema.sql", "V2__reports.sql",
            "V3__audit_trail.sql", "V4__reference_data_lock.sql", "V5__unit_counts.sql",
            "V6__registration_updates_in_place.sql", "V7__idempotency_keys.sql", "V8__imports.sql",
            "V9__plan_indicator_sources.sql", "V10__indicator_values.sql", "V11__memberships.sql",
            "V12__report_programme.sql", "V13__event_outbox.sql", "V14__plan_versions.sql",
            "V15__criteria_name_samples.sql", "V16__criteria_subject_levels.sql", "V17__plan_awards.sql",
            "V18__report_chains.sql", "V19__plan_task_items.sql", "V20__who_recognises.sql",
            "V21__province_partitions.sql");

    static final String FOLDER = "/org/learningsociety/core/persistence/db/migration/";

    /** The history of the scripts applied, one row each; created before the first script. */
    static final String HISTORY_TABLE = "CREATE TABLE IF NOT EXISTS ls_schema_history (version INTEGER NOT NULL "
            + "PRIMARY KEY, description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL, "
            + "installed_on TIMESTAMP NOT NULL, execution_ms BIGINT NOT NULL)";

    /** The row that concurrent starts of a cluster's nodes lock in turn. */
    static final String LOCK_TABLE = "CREATE TABLE IF NOT EXISTS ls_schema_lock (id INTEGER NOT NULL PRIMARY KEY)";

    private final DataSource dataSource;
    /** The database as {@link MyBatisPersistence#databaseIdProvider()} names it: picks a script's variant. */
    private final String databaseId;

    SchemaMigrations(DataSource dataSource, String databaseId) {
        this.dataSource = dataSource;
        this.databaseId = databaseId;
    }

    /** Applies the pending scripts and returns how many ran. */
    int migrate() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            createBookkeeping(connection);
            connection.setAutoCommit(false);
            try {
                try (Statement lock = connection.createStatement()) {
                    lock.executeQuery("SELECT id FROM ls_schema_lock WHERE id = 1 FOR UPDATE").close();
                }
                Map<Integer, Long> applied = applied(connection);
                int ran = 0;
                for (String script : SCRIPTS) {
                    int version = version(script);
                    String sql = read(script, databaseId);
                    long checksum = checksum(sql);
                    Long stored = applied.get(version);
                    if (stored != null) {
                        if (stored != checksum) {
                            throw new IllegalStateException("learning-society: migration " + script
                                    + " was changed after it was applied (checksum " + checksum + ", applied " + stored + ")");
                        }
                        continue;
                    }
                    long started = System.nanoTime();
                    try (Statement statement = connection.createStatement()) {
                        for (String part : statements(sql)) {
                            statement.execute(part);
                        }
                    }
                    try (PreparedStatement history = connection.prepareStatement("INSERT INTO ls_schema_history "
                            + "(version, description, script, checksum, installed_on, execution_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                        history.setInt(1, version);
                        history.setString(2, description(script));
                        history.setString(3, script);
                        history.setLong(4, checksum);
                        history.setTimestamp(5, Timestamp.from(Instant.now()));
                        history.setLong(6, (System.nanoTime() - started) / 1_000_000);
                        history.executeUpdate();
                    }
                    ran++;
                }
                addPartitions(connection);
                connection.commit();
                return ran;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("learning-society: schema migration failed: " + e.getMessage(), e);
        }
    }

    /**
     * On PostgreSQL, once V21 has partitioned the registrations: the partitions of this year and the
     * next, for every province of the units, created if missing ({@code ls_add_partitions}, V21), so that
     * a new year's or a newly loaded province's rows get their own partitions from the next start on.
     */
    private void addPartitions(Connection connection) throws SQLException {
        if (!"postgresql".equals(databaseId)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            try (ResultSet function = statement.executeQuery(
                    "SELECT to_regprocedure('ls_add_partitions(integer, integer, text[])') IS NOT NULL")) {
                if (!function.next() || !function.getBoolean(1)) {
                    return;
                }
            }
            statement.execute("SELECT ls_add_partitions(CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER), "
                    + "CAST(EXTRACT(YEAR FROM CURRENT_DATE) AS INTEGER) + 1)");
        }
    }

    private static void createBookkeeping(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(HISTORY_TABLE);
            statement.execute(LOCK_TABLE);
            try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM ls_schema_lock WHERE id = 1")) {
                row.next();
                if (row.getLong(1) == 0) {
                    try {
                        statement.execute("INSERT INTO ls_schema_lock (id) VALUES (1)");
                    } catch (SQLException anotherNodeWasFirst) {
                        if (!"23505".equals(anotherNodeWasFirst.getSQLState())) {
                            throw anotherNodeWasFirst;
                        }
                    }
                }
            }
        }
    }

    private static Map<Integer, Long> applied(Connection connection) throws SQLException {
        Map<Integer, Long> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM ls_schema_history")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getLong(2));
            }
        }
        return applied;
    }

    /** The version of {@code V<n>__<description>.sql}: n. */
    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    /** The description the history keeps of {@code V<n>__<description>.sql}: its words. */
    static String description(String script) {
        return script.substring(script.indexOf("__") + 2, script.length() - 4).replace('_', ' ');
    }

    /** The text of {@code script} as {@code databaseId} runs it: its variant for that database, else the common one. */
    static String read(String script, String databaseId) {
        String variant = FOLDER + databaseId + "/" + script;
        boolean hasVariant = databaseId != null && SchemaMigrations.class.getResource(variant) != null;
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(hasVariant ? variant : FOLDER + script)) {
            if (in == null) {
                throw new IllegalStateException("learning-society: migration " + script + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long checksum(String sql) {
        CRC32 crc = new CRC32();
        crc.update(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * The statements of a script: separated by a semicolon at the end of a line, except inside a
     * dollar-quoted body ({@code $$ … $$}, a PostgreSQL function's); comment lines outside one dropped.
     */
    static List<String> statements(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (!inBody && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            if (line.split("\\$\\$", -1).length % 2 == 0) {
                inBody = !inBody;
            }
            if (!inBody && trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
