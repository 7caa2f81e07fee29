package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import com.zaxxer.hikari.HikariDataSource;
import org.learningsociety.core.criteria.Authority;
import org.learningsociety.core.criteria.CriteriaSet;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitLevel;

/**
 * V16 on a database that already holds criteria sets (stored by V15): the shipped 448/QĐ-KHVN (2015) sets end
 * in 2020 and get their files' levels and authorities; a province's own set keeps its years and gets its model's
 * default levels and no authorities; a village community's set is no commune's.
 */
class CriteriaLevelsMigrationTest {

    @OnBothDatabases
    void storedSetsGetTheirLevelsTheShippedOnesTheirEndAndAuthorities(Database database) throws SQLException {
        try (HikariDataSource dataSource = database.freshDataSource()) {
            migrateUpTo(dataSource, database == Database.H2 ? "h2" : "postgresql", 15);
            try (Connection connection = dataSource.getConnection(); Statement insert = connection.createStatement()) {
                insert.execute("INSERT INTO ls_criteria_set (id, set_key, model, valid_from_year, official, rule_sample) "
                        + "VALUES (1, 'family-448-2015', 'FAMILY', 2016, FALSE, TRUE)");
                insert.execute("INSERT INTO ls_criteria_set (id, set_key, model, valid_from_year, official, rule_sample) "
                        + "VALUES (2, 'community-448-2015', 'COMMUNITY', 2016, FALSE, TRUE)");
                insert.execute("INSERT INTO ls_criteria_set (id, set_key, model, valid_from_year, official, rule_sample) "
                        + "VALUES (3, 'family-31-2026', 'FAMILY', 2026, TRUE, FALSE)");
            }
            MyBatisPersistence persistence = MyBatisPersistence.create(dataSource);
            assertThat(persistence.migrate()).as("V16 and after").isEqualTo(SchemaMigrations.SCRIPTS.size() - 15);

            var sets = persistence.criteriaSets();
            CriteriaSet family = sets.findByKey("family-448-2015").orElseThrow();
            assertThat(family.validToYear()).isEqualTo(2020);
            assertThat(family.subjectLevels()).isEqualTo(Set.of(UnitLevel.VILLAGE, UnitLevel.COMMUNE));
            assertThat(family.recognisingAuthority(UnitLevel.VILLAGE, LocalDate.of(2019, 12, 1))).contains(
                    new Authority(BodyKind.PEOPLES_COMMITTEE, UnitLevel.COMMUNE, "Ủy ban nhân dân cấp xã"));
            assertThat(family.evaluatingAuthority(UnitLevel.COMMUNE, LocalDate.of(2019, 12, 1))).contains(
                    new Authority(BodyKind.ASSOCIATION, UnitLevel.COMMUNE, "Hội Khuyến học cấp xã"));

            CriteriaSet community = sets.findByKey("community-448-2015").orElseThrow();
            assertThat(community.subjectLevels()).containsExactly(UnitLevel.VILLAGE);
            assertThat(sets.inForce(LearningModel.COMMUNITY, UnitLevel.COMMUNE, 2018)).isEmpty();
            assertThat(sets.inForce(LearningModel.COMMUNITY, UnitLevel.VILLAGE, 2018)).contains(community);
            assertThat(sets.inForce(LearningModel.COMMUNITY, UnitLevel.VILLAGE, 2021)).isEmpty();

            CriteriaSet own = sets.findByKey("family-31-2026").orElseThrow();
            assertThat(own.validToYear()).isNull();
            assertThat(own.subjectLevels()).isEqualTo(CriteriaSet.defaultSubjectLevels(LearningModel.FAMILY));
            assertThat(own.authorities()).isEmpty();
        }
    }

    /** The migrator's scripts up to {@code version}, as it runs them, with their history rows. */
    static void migrateUpTo(HikariDataSource dataSource, String databaseId, int version) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(SchemaMigrations.HISTORY_TABLE);
            for (String script : SchemaMigrations.SCRIPTS) {
                if (SchemaMigrations.version(script) > version) {
                    break;
                }
                String sql = SchemaMigrations.read(script, databaseId);
                for (String part : SchemaMigrations.statements(sql)) {
                    statement.execute(part);
                }
                try (PreparedStatement history = connection.prepareStatement("INSERT INTO ls_schema_history "
                        + "(version, description, script, checksum, installed_on, execution_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                    history.setInt(1, SchemaMigrations.version(script));
                    history.setString(2, SchemaMigrations.description(script));
                    history.setString(3, script);
                    history.setLong(4, SchemaMigrations.checksum(sql));
                    history.setTimestamp(5, Timestamp.from(Instant.now()));
                    history.setLong(6, 0);
                    history.executeUpdate();
                }
            }
        }
    }
}
