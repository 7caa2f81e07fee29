package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.SubjectKind;
import org.learningsociety.core.unit.UnitId;

/**
 * V21 on a database at V20 that holds subjects, registrations and evidence of two provinces (Hải Phòng
 * 31, Thái Bình 34) and two years, and one registration whose village has no province above it: each
 * row gets its village's province, and on PostgreSQL lies in the partition of its year and province
 * (the one without a province in its year's DEFAULT partition), with its id, and the per-unit figures,
 * unchanged; the library then reads and writes them as before.
 */
class ProvincePartitionsMigrationTest {

    /** Hải Phòng 31 › commune 311 › village 3111; Thái Bình 34 › commune 341 › village 3411; village 9 alone. */
    private static final long HAI_PHONG_VILLAGE = 3111;
    private static final long THAI_BINH_VILLAGE = 3411;
    private static final long VILLAGE_WITHOUT_PROVINCE = 9;

    @OnBothDatabases
    void movesEveryRowIntoThePartitionOfItsYearAndProvinceKeepingIdsAndCounts(Database database) throws SQLException {
        boolean postgresql = database == Database.POSTGRESQL;
        try (HikariDataSource dataSource = database.freshDataSource()) {
            CriteriaLevelsMigrationTest.migrateUpTo(dataSource, postgresql ? "postgresql" : "h2", 20);
            try (Connection connection = dataSource.getConnection(); Statement insert = connection.createStatement()) {
                insert.execute("INSERT INTO ls_unit_version (unit_id, valid_from, valid_to, code, name, unit_level, parent_id) "
                        + "VALUES (31, DATE '2020-01-01', NULL, '31', 'Thành phố Hải Phòng', 'PROVINCE', NULL), "
                        + "(311, DATE '2020-01-01', NULL, '31101', 'Xã An Lư', 'COMMUNE', 31), "
                        + "(3111, DATE '2020-01-01', NULL, '3110101', 'Thôn Đông', 'VILLAGE', 311), "
                        + "(34, DATE '2020-01-01', NULL, '34', 'Tỉnh Thái Bình', 'PROVINCE', NULL), "
                        + "(341, DATE '2020-01-01', NULL, '34101', 'Xã Vũ Lăng', 'COMMUNE', 34), "
                        + "(3411, DATE '2020-01-01', NULL, '3410101', 'Thôn Nam', 'VILLAGE', 341), "
                        + "(9, DATE '2020-01-01', NULL, '9', 'Thôn lẻ', 'VILLAGE', NULL)");
                long id = 1;
                for (long village : new long[] {HAI_PHONG_VILLAGE, THAI_BINH_VILLAGE}) {
                    for (int h = 0; h < 2; h++, id++) {
                        insert.execute("INSERT INTO ls_subject (id, kind, model, unit_id, name, external_id) VALUES (" + id
                                + ", 'HOUSEHOLD', 'FAMILY', " + village + ", 'Hộ ông Trần Văn " + id + "', 'HGD-" + id + "')");
                        for (int year : new int[] {2024, 2025}) {
                            long registration = id * 10_000 + year;
                            insert.execute("INSERT INTO ls_registration (id, subject_id, model, unit_id, record_year, "
                                    + "criteria_set_id, registered_at, status, self_scores, self_assessed_late, version) VALUES ("
                                    + registration + ", " + id + ", 'FAMILY', " + village + ", " + year + ", 1, "
                                    + "TIMESTAMP '" + year + "-01-15 09:00:00', '" + (h == 0 ? "RECOGNISED" : "REGISTERED")
                                    + "', '', FALSE, " + h + ")");
                            for (int seq = 0; seq < 2; seq++) {
                                insert.execute("INSERT INTO ls_evidence (registration_id, seq, indicator, reference, title) "
                                        + "VALUES (" + registration + ", " + seq + ", '1." + seq + "', NULL, 'Minh chứng')");
                            }
                        }
                    }
                }
                insert.execute("INSERT INTO ls_subject (id, kind, model, unit_id, name, external_id) VALUES (99, "
                        + "'HOUSEHOLD', 'FAMILY', 9, 'Hộ bà Lê Thị Chín', 'HGD-99')");
                insert.execute("INSERT INTO ls_registration (id, subject_id, model, unit_id, record_year, criteria_set_id, "
                        + "status, self_assessed_late, version) VALUES (992025, 99, 'FAMILY', 9, 2025, 1, 'REGISTERED', FALSE, 0)");
                // the per-unit counts as the library keeps them (V5)
                insert.execute("INSERT INTO ls_subject_count (unit_id, model, total) SELECT unit_id, model, COUNT(*) "
                        + "FROM ls_subject GROUP BY unit_id, model");
                insert.execute("INSERT INTO ls_registration_count (unit_id, record_year, model, status, total) "
                        + "SELECT unit_id, record_year, model, status, COUNT(*) FROM ls_registration "
                        + "GROUP BY unit_id, record_year, model, status");
            }
            Map<String, Long> figuresBefore = figures(dataSource);
            List<Long> registrationIdsBefore = longs(dataSource, "SELECT id FROM ls_registration ORDER BY id");

            MyBatisPersistence persistence = MyBatisPersistence.create(dataSource);
            assertThat(persistence.migrate()).as("V21 and after").isEqualTo(SchemaMigrations.SCRIPTS.size() - 20);

            assertThat(figures(dataSource)).as("rows, ids, years, units and counts").isEqualTo(figuresBefore);
            assertThat(longs(dataSource, "SELECT id FROM ls_registration ORDER BY id")).isEqualTo(registrationIdsBefore);
            assertThat(strings(dataSource, "SELECT DISTINCT unit_id || ':' || province_code FROM ls_subject ORDER BY 1"))
                    .containsExactly("3111:31", "3411:34", "9:");
            assertThat(strings(dataSource, "SELECT DISTINCT unit_id || ':' || record_year || ':' || province_code "
                    + "FROM ls_registration ORDER BY 1"))
                    .containsExactly("3111:2024:31", "3111:2025:31", "3411:2024:34", "3411:2025:34", "9:2025:");
            assertThat(strings(dataSource, "SELECT DISTINCT e.record_year || ':' || e.province_code FROM ls_evidence e "
                    + "JOIN ls_registration r ON r.id = e.registration_id AND r.record_year = e.record_year "
                    + "AND r.province_code = e.province_code ORDER BY 1"))
                    .as("each evidence row with its registration's year and province")
                    .containsExactly("2024:31", "2024:34", "2025:31", "2025:34");
            if (postgresql) {
                assertThat(strings(dataSource, "SELECT DISTINCT tableoid::regclass || ' ' || record_year || ':' "
                        + "|| province_code FROM ls_registration ORDER BY 1")).containsExactly(
                                "ls_registration_2024_p31 2024:31", "ls_registration_2024_p34 2024:34",
                                "ls_registration_2025_default 2025:", "ls_registration_2025_p31 2025:31",
                                "ls_registration_2025_p34 2025:34");
                assertThat(strings(dataSource, "SELECT tableoid::regclass || ' ' || COUNT(*) FROM ls_evidence "
                        + "GROUP BY tableoid ORDER BY 1")).containsExactly("ls_evidence_2024_p31 4",
                                "ls_evidence_2024_p34 4", "ls_evidence_2025_p31 4", "ls_evidence_2025_p34 4");
                assertThat(strings(dataSource, "SELECT relname FROM pg_class WHERE relname LIKE 'ls%v2%' "
                        + "OR relname LIKE 'ls_v21%'")).as("nothing of the old tables left").isEmpty();
            }

            // the library reads and writes them as before
            var registrations = persistence.registrations();
            RegistrationId haiPhong2025 = new RegistrationId(1 * 10_000 + 2025);
            Registration read = registrations.findById(haiPhong2025).orElseThrow();
            assertThat(read.evidence()).hasSize(2);
            assertThat(read.status()).isEqualTo(RegistrationStatus.RECOGNISED);
            Registration registered = registrations.findById(new RegistrationId(2 * 10_000 + 2025)).orElseThrow();
            registrations.updateAll(List.of(new Registration(registered.id(), registered.subject(), registered.model(),
                    registered.unit(), registered.year(), registered.criteriaSet(), registered.registeredAt(),
                    RegistrationStatus.SELF_ASSESSED, Scores.of(Map.of("1.1", 9)),
                    List.of(new Evidence("1.1", "giay-khen.pdf", "Giấy khen")), java.time.Instant.parse("2025-03-01T02:00:00Z"),
                    false, Scores.empty(), null, null, null, null, null, registered.version())));
            Registration assessed = registrations.findById(registered.id()).orElseThrow();
            assertThat(assessed.status()).isEqualTo(RegistrationStatus.SELF_ASSESSED);
            assertThat(assessed.evidence()).extracting(Evidence::title).containsExactly("Giấy khen");
            assertThat(persistence.registrations().countByStatus(List.of(new UnitId(HAI_PHONG_VILLAGE)), 2025,
                    LearningModel.FAMILY)).isEqualTo(Map.of(RegistrationStatus.RECOGNISED, 1L,
                            RegistrationStatus.SELF_ASSESSED, 1L));

            // a new subject and its registration of a later year, in Thái Bình
            Subject added = new Subject(new SubjectId(500), SubjectKind.HOUSEHOLD,
                    new UnitId(THAI_BINH_VILLAGE), "Hộ ông Phạm Văn Mới", "HGD-moi");
            persistence.subjects().addAll(List.of(added));
            Registration next = StoredFixtures.registered(registrations.nextIds(1), added, 2026, new CriteriaSetId(1));
            registrations.addAll(List.of(next));
            assertThat(strings(dataSource, "SELECT province_code FROM ls_subject WHERE id = " + added.id().value()))
                    .containsExactly("34");
            assertThat(strings(dataSource, "SELECT " + (postgresql ? "tableoid::regclass || ' ' || " : "")
                    + "province_code FROM ls_registration WHERE id = " + next.id().value()))
                    .containsExactly(postgresql ? "ls_registration_2026_p34 34" : "34");

            // a household that moves to another province is a new subject there: the move is refused
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> persistence.subjects().moveTo(added.id(),
                    new UnitId(HAI_PHONG_VILLAGE))).isInstanceOf(org.learningsociety.core.shared.ConflictException.class)
                    .hasMessageContaining("tỉnh, thành phố khác");
            assertThat(persistence.subjects().findById(added.id()).orElseThrow().unit()).isEqualTo(new UnitId(THAI_BINH_VILLAGE));
        }
    }

    /** What must not change: counts of rows, the sums of ids, units and years, and the per-unit counts. */
    private static Map<String, Long> figures(HikariDataSource dataSource) throws SQLException {
        Map<String, Long> figures = new TreeMap<>();
        for (String table : new String[] {"ls_subject", "ls_registration"}) {
            figures.put(table + " rows", longs(dataSource, "SELECT COUNT(*) FROM " + table).get(0));
            figures.put(table + " ids", longs(dataSource, "SELECT SUM(id) FROM " + table).get(0));
            figures.put(table + " units", longs(dataSource, "SELECT SUM(unit_id) FROM " + table).get(0));
        }
        figures.put("ls_registration years", longs(dataSource, "SELECT SUM(record_year) FROM ls_registration").get(0));
        figures.put("ls_evidence rows", longs(dataSource, "SELECT COUNT(*) FROM ls_evidence").get(0));
        figures.put("ls_evidence keys", longs(dataSource, "SELECT SUM(registration_id * 10 + seq) FROM ls_evidence").get(0));
        figures.put("ls_subject_count", longs(dataSource, "SELECT SUM(unit_id * total) FROM ls_subject_count").get(0));
        figures.put("ls_registration_count", longs(dataSource,
                "SELECT SUM(unit_id * total + record_year) FROM ls_registration_count").get(0));
        return figures;
    }

    static List<Long> longs(HikariDataSource dataSource, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    static List<String> strings(HikariDataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
