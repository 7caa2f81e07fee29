package org.learningsociety.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.fixtures.StoredFixtures;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.unit.UnitId;

/**
 * On PostgreSQL (V21), the library's hot statements read and write only the partitions of the year and
 * province they name: the plan of each, made for the values a village batch binds, names no other
 * partition of {@code ls_registration} or {@code ls_evidence}. Two provinces (Hải Phòng 31, Thái Bình
 * 34), two years (2025, 2026), written by the library.
 */
class PartitionPruningTest {

    private static final String MAPPER = "org.learningsociety.core.persistence.RegistrationMapper.";
    private static final UnitId HAI_PHONG_VILLAGE = new UnitId(3111);
    private static final UnitId THAI_BINH_VILLAGE = new UnitId(3411);
    private static final Pattern PARTITION = Pattern.compile(" on (ls_(?:registration|evidence)_\\w+)");

    private static Store store;
    private static Configuration configuration;
    private static long haiPhong2025;

    @BeforeAll
    static void twoProvincesTwoYears() {
        store = Database.POSTGRESQL.freshStore();
        store.execute("INSERT INTO ls_unit_version (unit_id, valid_from, valid_to, code, name, unit_level, parent_id) "
                + "VALUES (31, DATE '2020-01-01', NULL, '31', 'Thành phố Hải Phòng', 'PROVINCE', NULL), "
                + "(311, DATE '2020-01-01', NULL, '31101', 'Xã An Lư', 'COMMUNE', 31), "
                + "(3111, DATE '2020-01-01', NULL, '3110101', 'Thôn Đông', 'VILLAGE', 311), "
                + "(34, DATE '2020-01-01', NULL, '34', 'Tỉnh Thái Bình', 'PROVINCE', NULL), "
                + "(341, DATE '2020-01-01', NULL, '34101', 'Xã Vũ Lăng', 'COMMUNE', 34), "
                + "(3411, DATE '2020-01-01', NULL, '3410101', 'Thôn Nam', 'VILLAGE', 341)");
        // the provinces' partitions of the two years, as a DBA adds them (the library adds this year's and
        // the next at its start)
        store.execute("SELECT ls_add_partitions(2025, 2026)");
        var persistence = store.persistence();
        List<Subject> households = new ArrayList<>(StoredFixtures.households(1, HAI_PHONG_VILLAGE, 3, "HP"));
        households.addAll(StoredFixtures.households(4, THAI_BINH_VILLAGE, 3, "TB"));
        persistence.subjects().addAll(households);
        List<Registration> registrations = new ArrayList<>();
        for (int year : new int[] {2025, 2026}) {
            long first = persistence.registrations().nextIds(households.size()).value();
            for (int i = 0; i < households.size(); i++) {
                registrations.add(StoredFixtures.verified(new RegistrationId(first + i), households.get(i), year,
                        new CriteriaSetId(1)));
            }
        }
        persistence.registrations().addAll(registrations);
        haiPhong2025 = registrations.get(0).id().value();
        store.execute("ANALYZE ls_registration");
        store.execute("ANALYZE ls_evidence");
        configuration = MyBatisPersistence.configuration(store.dataSource(), new JdbcTransactionFactory());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theRowsLieInTheirYearsAndProvincesPartitions() throws SQLException {
        assertThat(ProvincePartitionsMigrationTest.strings(store.dataSource(), "SELECT tableoid::regclass || ' ' "
                + "|| COUNT(*) FROM ls_registration GROUP BY tableoid ORDER BY 1")).containsExactly(
                        "ls_registration_2025_p31 3", "ls_registration_2025_p34 3", "ls_registration_2026_p31 3",
                        "ls_registration_2026_p34 3");
        assertThat(ProvincePartitionsMigrationTest.strings(store.dataSource(), "SELECT tableoid::regclass || ' ' "
                + "|| COUNT(*) FROM ls_evidence GROUP BY tableoid ORDER BY 1")).containsExactly(
                        "ls_evidence_2025_p31 6", "ls_evidence_2025_p34 6", "ls_evidence_2026_p31 6",
                        "ls_evidence_2026_p34 6");
    }

    @Test
    void aVillageBatchsVersionedUpdateTouchesOnlyItsYearAndProvince() throws SQLException {
        // the statement updateAll runs on PostgreSQL, for one row of Hải Phòng's 2025
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN (COSTS OFF) "
                        + MyBatisRegistrations.UPDATE_POSTGRESQL)) {
            String[] types = {"VARCHAR", "VARCHAR", "TIMESTAMPTZ", "BOOLEAN", "VARCHAR", "VARCHAR", "VARCHAR",
                "TIMESTAMPTZ", "BIGINT", "VARCHAR", "BIGINT", "INTEGER"};
            Object[] values = {"VERIFIED", "", null, false, "", null, null, null, null, null, haiPhong2025, 3};
            for (int i = 0; i < types.length; i++) {
                explain.setArray(i + 1, connection.createArrayOf(types[i], new Object[] {values[i]}));
            }
            explain.setArray(13, connection.createArrayOf("INTEGER", new Object[] {2025}));
            explain.setArray(14, connection.createArrayOf("VARCHAR", new Object[] {"31"}));
            assertThat(partitions(explain)).containsExactly("ls_registration_2025_p31");
        }
    }

    @Test
    void aYearsRegistrationsOfAVillageOrSubtreeReadOnlyThatYearsPartitions() throws SQLException {
        Map<String, Object> page = new HashMap<>();
        page.put("unitIds", IdArray.of(List.of(HAI_PHONG_VILLAGE.value(), THAI_BINH_VILLAGE.value())));
        page.put("year", 2026);
        page.put("model", "FAMILY");
        page.put("status", null);
        page.put("decisionId", null);
        page.put("limit", 50);
        page.put("offset", 0L);
        Set<String> year2026 = Set.of("ls_registration_2026_p31", "ls_registration_2026_p34",
                "ls_registration_2026_default");
        assertThat(partitions("find", page)).isNotEmpty().isSubsetOf(year2026);
        assertThat(partitions("count", page)).isNotEmpty().isSubsetOf(year2026);

        Map<String, Object> village = Map.of("unitId", HAI_PHONG_VILLAGE.value(), "year", 2026, "model", "FAMILY");
        assertThat(partitions("findByUnit", village)).isNotEmpty().isSubsetOf(year2026);
        assertThat(partitions("evidenceByUnit", village)).isNotEmpty().isSubsetOf(Set.of("ls_registration_2026_p31",
                "ls_registration_2026_p34", "ls_registration_2026_default", "ls_evidence_2026_p31",
                "ls_evidence_2026_p34", "ls_evidence_2026_default"));
        assertThat(partitions("registeredAmong", Map.of("subjectIds", IdArray.of(List.of(1L, 2L)), "year", 2026)))
                .isNotEmpty().isSubsetOf(year2026);
    }

    @Test
    void aBatchsLockAndEvidenceRewriteReadOnlyItsYearAndProvince() throws SQLException {
        IdArray ids = IdArray.of(List.of(haiPhong2025));
        assertThat(partitions("lockVersions", Map.of("ids", ids, "years", List.of(2025)))).isNotEmpty()
                .isSubsetOf(Set.of("ls_registration_2025_p31", "ls_registration_2025_p34", "ls_registration_2025_default"));
        assertThat(partitions("deleteEvidence", Map.of("ids", ids, "years", List.of(2025), "provinces", List.of("31"))))
                .containsExactly("ls_evidence_2025_p31");
    }

    @Test
    void aQueryNamingAProvinceAndAYearReadsOnePartition() throws SQLException {
        // what a national report or a DBA's query of one province's year reads
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN (COSTS OFF) SELECT status, COUNT(*) "
                        + "FROM ls_registration WHERE record_year = ? AND province_code = ? GROUP BY status")) {
            explain.setInt(1, 2025);
            explain.setString(2, "34");
            assertThat(partitions(explain)).containsExactly("ls_registration_2025_p34");
        }
    }

    /** The partitions in the plan of the mapper's statement {@code id} for {@code parameters}. */
    private static Set<String> partitions(String id, Map<String, Object> parameters) throws SQLException {
        BoundSql bound = configuration.getMappedStatement(MAPPER + id).getBoundSql(parameters);
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN (COSTS OFF) " + bound.getSql())) {
            List<ParameterMapping> mappings = bound.getParameterMappings();
            for (int i = 0; i < mappings.size(); i++) {
                String property = mappings.get(i).getProperty();
                Object value = bound.hasAdditionalParameter(property) ? bound.getAdditionalParameter(property)
                        : parameters.get(property);
                if (value instanceof IdArray array) {
                    Array bigints = connection.createArrayOf("BIGINT", array.ids().toArray());
                    explain.setArray(i + 1, bigints);
                } else {
                    explain.setObject(i + 1, value);
                }
            }
            return partitions(explain);
        }
    }

    private static Set<String> partitions(PreparedStatement explain) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (ResultSet lines = explain.executeQuery()) {
            while (lines.next()) {
                Matcher partition = PARTITION.matcher(lines.getString(1));
                while (partition.find()) {
                    found.add(partition.group(1));
                }
            }
        }
        return found;
    }
}
