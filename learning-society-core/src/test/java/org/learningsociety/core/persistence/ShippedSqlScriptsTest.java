package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;

/**
 * The SQL scripts shipped for DBAs ({@code docs/sql/<database>/}, and in the core's jar): they are the
 * migrations as the migrator runs them (a migration added or changed without them fails here), and a
 * database built from them, whole or version by version, has the tables, columns, indexes and rows of
 * one the migrator built, and is one the migrator finds current.
 *
 * <p>To write them again after a migration was added: {@code mvn -o -q -pl learning-society-core -am test
 * -Dtest=ShippedSqlScriptsTest -Dsurefire.failIfNoSpecifiedTests=false -Dlearning-society.write-sql-scripts=true}.
 */
class ShippedSqlScriptsTest {

    private static final Path DOCS = Path.of("..", "docs", "sql");

    @Test
    void theJarShipsTheMigrationsAsTheMigratorRunsThemPerDatabase() throws IOException {
        boolean writing = Boolean.getBoolean("learning-society.write-sql-scripts");
        if (writing) {
            write();
        }
        for (String database : SqlScripts.DATABASES) {
            for (Map.Entry<String, String> file : SqlScripts.render(database).entrySet()) {
                Path docs = DOCS.resolve(database).resolve(file.getKey());
                assertThat(Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : null)
                        .as("docs/sql/%s/%s is out of date with the migrations: write the scripts again (%s)",
                                database, file.getKey(), "-Dlearning-society.write-sql-scripts=true, see this "
                                        + "test's Javadoc")
                        .isEqualTo(file.getValue());
                if (!writing) {
                    assertThat(shipped(database, file.getKey())).as("the jar's copy of docs/sql/%s/%s", database,
                            file.getKey()).isEqualTo(file.getValue());
                }
            }
            try (var listed = Files.list(DOCS.resolve(database))) {
                assertThat(listed.map(path -> path.getFileName().toString()))
                        .as("docs/sql/%s holds the rendered scripts and nothing else", database)
                        .containsExactlyInAnyOrderElementsOf(SqlScripts.render(database).keySet());
            }
        }
    }

    @OnBothDatabases
    void aSchemaCreatedByCreateSqlIsTheMigratorsAndTheMigratorFindsItCurrent(Database database) throws Exception {
        try (HikariDataSource migrated = database.freshDataSource();
                HikariDataSource created = database.freshDataSource()) {
            MyBatisPersistence.create(migrated).migrate();
            run(created, shipped(id(database), "create.sql"), database);

            assertThat(describe(created, database)).isEqualTo(describe(migrated, database));
            assertThat(MyBatisPersistence.create(created).migrate()).as("scripts the migrator still runs").isZero();
        }
    }

    @OnBothDatabases
    void aSchemaUpgradedVersionByVersionIsTheMigratorsAndEitherCanTakeOver(Database database) throws Exception {
        int byHand = 6;
        try (HikariDataSource migrated = database.freshDataSource();
                HikariDataSource upgraded = database.freshDataSource();
                HikariDataSource takenOver = database.freshDataSource()) {
            MyBatisPersistence.create(migrated).migrate();
            for (String script : SchemaMigrations.SCRIPTS) {
                run(upgraded, shipped(id(database), script), database);
                if (SchemaMigrations.version(script) <= byHand) {
                    run(takenOver, shipped(id(database), script), database);
                }
            }
            assertThat(describe(upgraded, database)).isEqualTo(describe(migrated, database));
            assertThat(MyBatisPersistence.create(upgraded).migrate()).isZero();

            assertThat(MyBatisPersistence.create(takenOver).migrate()).as("the migrator runs what the DBA did not")
                    .isEqualTo(SchemaMigrations.SCRIPTS.size() - byHand);
            assertThat(describe(takenOver, database)).isEqualTo(describe(migrated, database));
        }
    }

    private static String id(Database database) {
        return database == Database.H2 ? "h2" : "postgresql";
    }

    /** A script as the jar carries it (the build copies {@code docs/sql} into it). */
    private static String shipped(String database, String file) throws IOException {
        try (InputStream in = ShippedSqlScriptsTest.class.getResourceAsStream(SqlScripts.JAR_FOLDER + database + "/"
                + file)) {
            assertThat(in).as("%s%s/%s in the jar", SqlScripts.JAR_FOLDER, database, file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** As a DBA runs it: H2's RunScript; on PostgreSQL the whole file in one call, as psql -1 would. */
    private static void run(DataSource dataSource, String script, Database database) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (database == Database.H2) {
                connection.setAutoCommit(false);
                RunScript.execute(connection, new StringReader(script));
                connection.commit();
            } else {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(script);
                }
            }
        }
    }

    /** The library's tables: each column with its type, size, nullability and default; each index; each row count. */
    private static List<String> describe(DataSource dataSource, Database database) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String schema = database == Database.H2 ? "'PUBLIC'" : "'public'";
            lines.addAll(rows(statement, "SELECT table_name, column_name, data_type, character_maximum_length, "
                    + "numeric_precision, is_nullable, is_identity, column_default FROM information_schema.columns "
                    + "WHERE table_schema = " + schema + " ORDER BY table_name, column_name"));
            lines.addAll(rows(statement, database == Database.H2
                    ? "SELECT i.table_name, i.index_name, i.index_type_name, c.column_name, c.ordinal_position "
                            + "FROM information_schema.indexes i JOIN information_schema.index_columns c "
                            + "ON c.index_schema = i.index_schema AND c.index_name = i.index_name "
                            + "WHERE i.table_schema = 'PUBLIC' ORDER BY i.table_name, i.index_name, c.ordinal_position"
                    : "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                            + "ORDER BY tablename, indexname"));
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE "
                    + "table_schema = " + schema + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            assertThat(tables).as("the library's tables").isNotEmpty();
            for (String table : tables) {
                lines.addAll(rows(statement, "SELECT '" + table + "', COUNT(*) FROM " + table));
            }
            lines.addAll(rows(statement, "SELECT version, description, script, checksum FROM ls_schema_history "
                    + "ORDER BY version"));
        }
        return lines;
    }

    private static List<String> rows(Statement statement, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " | " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static void write() {
        for (String database : SqlScripts.DATABASES) {
            try {
                Path folder = DOCS.resolve(database);
                Files.createDirectories(folder);
                try (var old = Files.list(folder)) {
                    for (Path path : old.toList()) {
                        Files.delete(path);
                    }
                }
                for (Map.Entry<String, String> file : SqlScripts.render(database).entrySet()) {
                    Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
