package org.learningsociety.core.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL scripts shipped for DBAs who run the library's migrations themselves
 * ({@code learning-society.migrate-schema=false}), rendered from the migrations exactly as
 * {@link SchemaMigrations} runs them on a database (its {@code postgresql/} variants applied): per
 * database, {@code create.sql} (an empty schema to the current version) and one {@code V<n>__….sql} per
 * version (from version n−1 to n). Each records what it ran in {@code ls_schema_history} with the
 * migrator's checksum, so that a schema built by hand is one the migrator finds current, and the other
 * way round. {@code docs/sql/<database>/} holds them, and the core's jar under {@link #JAR_FOLDER}.
 */
final class SqlScripts {

    /** The databases, by the {@code databaseId} the migrator picks variants with. */
    static final List<String> DATABASES = List.of("h2", "postgresql");

    /** Where the jar carries them: {@code <JAR_FOLDER><database>/create.sql}. */
    static final String JAR_FOLDER = "/org/learningsociety/core/persistence/db/sql/";

    private SqlScripts() {
    }

    /** The files of {@code databaseId}, by name, in the order a DBA runs the upgrades. */
    static Map<String, String> render(String databaseId) {
        String name = "h2".equals(databaseId) ? "H2" : "PostgreSQL";
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder create = new StringBuilder()
                .append("-- learning-society: the library's tables for ").append(name).append(", created empty at")
                .append(" version ").append(SchemaMigrations.version(last())).append(".\n")
                .append(GENERATED)
                .append("-- Run once on an empty schema, in one transaction").append(howToRun(databaseId, "create.sql"))
                .append("\n")
                .append(bookkeeping());
        for (String script : SchemaMigrations.SCRIPTS) {
            String body = body(script, databaseId);
            create.append("\n-- ").append(script).append('\n').append(body).append(history(script, databaseId));
            files.put(script, "-- learning-society: the library's tables for " + name + " from version "
                    + (SchemaMigrations.version(script) - 1) + " to version " + SchemaMigrations.version(script)
                    + ".\n" + GENERATED + "-- Run after the previous version's script, in one transaction"
                    + howToRun(databaseId, script) + "\n" + bookkeeping() + "\n-- " + script + "\n" + body
                    + history(script, databaseId));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("create.sql", create.toString());
        ordered.putAll(files);
        return ordered;
    }

    private static final String GENERATED = "-- Generated from learning-society-core's migrations "
            + "(org/learningsociety/core/persistence/db/migration/) as the library's migrator runs them; do not edit.\n"
            + "-- For DBAs who run the migrations themselves, with learning-society.migrate-schema=false "
            + "(docs/database.md).\n";

    private static String howToRun(String databaseId, String file) {
        return "h2".equals(databaseId)
                ? ", e.g.\n--   java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:<database> -user <user> -script " + file
                        + "\n"
                : ", e.g.\n--   psql --single-transaction -v ON_ERROR_STOP=1 -d <database> -f " + file + "\n";
    }

    private static String last() {
        return SchemaMigrations.SCRIPTS.get(SchemaMigrations.SCRIPTS.size() - 1);
    }

    /** The migrator's own tables, created if missing: its history and its lock row. */
    private static String bookkeeping() {
        return "-- The migrator's bookkeeping (created by the first script that runs)\n"
                + SchemaMigrations.HISTORY_TABLE + ";\n"
                + SchemaMigrations.LOCK_TABLE + ";\n"
                + "INSERT INTO ls_schema_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT id FROM ls_schema_lock WHERE id = 1);\n";
    }

    private static String body(String script, String databaseId) {
        String sql = SchemaMigrations.read(script, databaseId).replace("\r\n", "\n").strip();
        String lastCode = sql.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("--"))
                .reduce((first, second) -> second).orElse(";");
        if (!lastCode.endsWith(";")) {
            throw new IllegalStateException(script + ": its last statement has no semicolon; a concatenation would "
                    + "run it into the next script's first");
        }
        return sql + "\n";
    }

    private static String history(String script, String databaseId) {
        long checksum = SchemaMigrations.checksum(SchemaMigrations.read(script, databaseId));
        return "INSERT INTO ls_schema_history (version, description, script, checksum, installed_on, execution_ms)\n"
                + "    VALUES (" + SchemaMigrations.version(script) + ", '" + SchemaMigrations.description(script)
                + "', '" + script + "', " + checksum + ", CURRENT_TIMESTAMP, 0);\n";
    }
}
