package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.learningsociety.core.subject.SubjectId;

class SchemaMigrationTest {

    private static final String APPLIED_SCRIPTS =
            "SELECT COUNT(*) FROM ls_schema_history WHERE version = 1 AND script = 'V1__learning_society_schema.sql'";

    @OnBothDatabases
    void migratesAnEmptySchemaAndSecondMigrationIsANoOp(Database database) {
        HikariDataSource dataSource = database.freshDataSource();
        try (Store store = new Store(database, dataSource, MyBatisPersistence.create(dataSource))) {
            assertThat(store.persistence().migrate()).isEqualTo(SchemaMigrations.SCRIPTS.size());
            assertThat(store.persistence().migrate()).isZero();
            assertThat(MyBatisPersistence.create(dataSource).migrate()).isZero();
            assertThat(store.queryLong(APPLIED_SCRIPTS)).isEqualTo(1);
            assertThat(store.count("ls_id_block")).as("one row per kind of id; V11 added membership").isEqualTo(9);
        }
    }

    @OnBothDatabases
    void refusesAScriptChangedAfterItWasApplied(Database database) {
        HikariDataSource dataSource = database.freshDataSource();
        try (Store store = new Store(database, dataSource, MyBatisPersistence.create(dataSource))) {
            store.persistence().migrate();
            store.execute("UPDATE ls_schema_history SET checksum = checksum + 1 WHERE version = 1");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.persistence().migrate())
                    .hasMessageContaining("V1__learning_society_schema.sql").hasMessageContaining("changed");
        }
    }

    @OnBothDatabases
    void runsADatabasesOwnVariantOfAScriptWhereThereIsOne(Database database) {
        try (Store store = database.freshStore()) {
            // V6: the unit index without the status on both; on PostgreSQL alone (postgresql/V6__…) room
            // left on each page of ls_registration for its rows' updates
            String unitIndexColumns = database == Database.POSTGRESQL
                    ? "SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                            + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                            + "WHERE c.relname = 'ls_registration_unit_ix'"
                    : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_NAME = 'LS_REGISTRATION_UNIT_IX'";
            assertThat(store.queryLong(unitIndexColumns)).isEqualTo(3);
            if (database == Database.POSTGRESQL) {
                // since V21 partitioned, so the setting is on each of its leaf partitions (a partitioned table has no pages)
                String leaves = "SELECT COUNT(*) FROM pg_partition_tree('ls_registration') t JOIN pg_class c ON c.oid = t.relid "
                        + "WHERE t.isleaf";
                assertThat(store.queryLong(leaves)).isPositive();
                assertThat(store.queryLong(leaves + " AND 'fillfactor=70' = ANY(c.reloptions)"))
                        .isEqualTo(store.queryLong(leaves));
            }
            assertThat(store.queryLong("SELECT COUNT(*) FROM ls_schema_history WHERE version = 6 "
                    + "AND script = 'V6__registration_updates_in_place.sql'")).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void keepsADollarQuotedFunctionBodyInOneStatement() {
        assertThat(SchemaMigrations.statements("CREATE FUNCTION f() RETURNS INTEGER LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n    -- a comment of the body\n    RETURN 1;\nEND\n$$;\nSELECT f();\n")).containsExactly(
                        "CREATE FUNCTION f() RETURNS INTEGER LANGUAGE plpgsql AS $$\nBEGIN\n    -- a comment of the body\n"
                                + "    RETURN 1;\nEND\n$$", "SELECT f()");
    }

    @org.junit.jupiter.api.Test
    void splitsScriptsIntoStatementsAtLineEndSemicolons() {
        assertThat(SchemaMigrations.statements("-- a comment\nCREATE TABLE a (x INT);\n\nINSERT INTO a VALUES (1);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)");
    }

    @OnBothDatabases
    void coexistsWithCamundaTablesAndAHostsFlywayHistory(Database database) {
        HikariDataSource dataSource = database.freshDataSource();
        try (Store store = new Store(database, dataSource, MyBatisPersistence.create(dataSource))) {
            int hostMigrations = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:org/learningsociety/core/persistence/hostdb")
                    .load()
                    .migrate()
                    .migrationsExecuted;
            assertThat(hostMigrations).isEqualTo(1);

            assertThat(store.persistence().migrate()).isEqualTo(SchemaMigrations.SCRIPTS.size());
            assertThat(store.persistence().migrate()).isZero();

            // the library's history holds its own script only
            assertThat(store.queryLong(APPLIED_SCRIPTS)).isEqualTo(1);
            assertThat(store.count("ls_schema_history")).isEqualTo(SchemaMigrations.SCRIPTS.size());
            // the host's history and tables are untouched
            assertThat(store.queryLong("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'")).isEqualTo(1);
            assertThat(store.count("ACT_GE_PROPERTY")).isEqualTo(1);
            // and the host can keep migrating its own schema
            assertThat(Flyway.configure().dataSource(dataSource)
                    .locations("classpath:org/learningsociety/core/persistence/hostdb").load().migrate()
                    .migrationsExecuted).isZero();
            // the library works there
            assertThat(store.persistence().subjects().nextIds(3)).isEqualTo(new SubjectId(1));
        }
    }
}
