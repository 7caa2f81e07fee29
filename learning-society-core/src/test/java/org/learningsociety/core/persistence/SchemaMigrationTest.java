package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.learningsociety.core.subject.SubjectId;

class SchemaMigrationTest {

    // Flyway quotes its history tables and their columns: lower case on both databases
    private static final String APPLIED_SCRIPTS =
            "SELECT COUNT(*) FROM \"ls_schema_history\" WHERE \"type\" = 'SQL' AND \"version\" = '1' AND \"success\"";
    private static final String BASELINES =
            "SELECT COUNT(*) FROM \"ls_schema_history\" WHERE \"type\" = 'BASELINE' AND \"version\" = '0'";

    @OnBothDatabases
    void migratesAnEmptySchemaAndSecondMigrationIsANoOp(Database database) {
        HikariDataSource dataSource = database.freshDataSource();
        try (Store store = new Store(database, dataSource, MyBatisPersistence.create(dataSource))) {
            assertThat(store.persistence().migrate()).isEqualTo(1);
            assertThat(store.persistence().migrate()).isZero();
            assertThat(MyBatisPersistence.create(dataSource).migrate()).isZero();
            assertThat(store.queryLong(APPLIED_SCRIPTS)).isEqualTo(1);
            assertThat(store.queryLong(BASELINES)).isZero();
            assertThat(store.count("ls_id_block")).isEqualTo(6);
        }
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

            assertThat(store.persistence().migrate()).isEqualTo(1);
            assertThat(store.persistence().migrate()).isZero();

            // the library's history: a baseline at 0 (the schema was not empty) and its own V1
            assertThat(store.queryLong(BASELINES)).isEqualTo(1);
            assertThat(store.queryLong(APPLIED_SCRIPTS)).isEqualTo(1);
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
