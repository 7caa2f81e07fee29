package org.learningsociety.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.learningsociety.test.criteria.HouseholdScores;

/** The same rows written by plain JDBC batches: the limit the library's writes are measured against. */
final class PlainJdbc {

    private PlainJdbc() {
    }

    /** Inserts {@code count} household rows into a copy of {@code ls_subject}; returns the seconds it took. */
    static double insertSubjects(DataSource dataSource, int count, List<Long> unitIds) {
        try (Connection connection = dataSource.getConnection()) {
            try (var ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE bench_subject (id BIGINT NOT NULL PRIMARY KEY, kind VARCHAR(24) NOT NULL, "
                        + "model VARCHAR(16) NOT NULL, unit_id BIGINT NOT NULL, name VARCHAR(300) NOT NULL, "
                        + "external_id VARCHAR(100) NOT NULL, CONSTRAINT bench_subject_uk UNIQUE (external_id, model))");
                ddl.execute("CREATE INDEX bench_subject_unit_ix ON bench_subject (unit_id, model)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO bench_subject (id, kind, model, unit_id, name, external_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, i + 1L);
                    insert.setString(2, "HOUSEHOLD");
                    insert.setString(3, "FAMILY");
                    insert.setLong(4, unitIds.get(i % unitIds.size()));
                    insert.setString(5, "Hộ gia đình số " + i);
                    insert.setString(6, "HGD-" + i);
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return (System.nanoTime() - start) / 1e9;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rows a cycle of {@code count} households writes, by plain JDBC batches into copies of
     * {@code ls_registration} and {@code ls_evidence} with the same keys, indexes and storage settings: each household's
     * registration inserted, its {@code evidencePer} evidence rows inserted, and the registration
     * updated three times (self-assessed, verified, recognised). Returns the seconds it took.
     */
    static double cycleRows(DataSource dataSource, int count, int evidencePer) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            try (var ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE bench_registration (id BIGINT NOT NULL PRIMARY KEY, subject_id BIGINT NOT NULL, "
                        + "model VARCHAR(16) NOT NULL, unit_id BIGINT NOT NULL, record_year INTEGER NOT NULL, "
                        + "criteria_set_id BIGINT NOT NULL, registered_at TIMESTAMP WITH TIME ZONE, "
                        + "status VARCHAR(16) NOT NULL, self_scores VARCHAR(4000), self_assessed_at TIMESTAMP WITH TIME ZONE, "
                        + "self_assessed_late BOOLEAN NOT NULL, verified_scores VARCHAR(4000), verifier VARCHAR(200), "
                        + "verification_note VARCHAR(4000), verified_at TIMESTAMP WITH TIME ZONE, decision_id BIGINT, "
                        + "non_recognition_reason VARCHAR(4000), version INTEGER NOT NULL, "
                        + "CONSTRAINT bench_registration_uk UNIQUE (subject_id, record_year))"
                        // as the library's migration V6 leaves ls_registration on PostgreSQL
                        + (postgresql ? " WITH (fillfactor = 70)" : ""));
                ddl.execute("CREATE INDEX bench_registration_unit_ix ON bench_registration (unit_id, record_year, model)");
                ddl.execute("CREATE TABLE bench_evidence (registration_id BIGINT NOT NULL, seq INTEGER NOT NULL, "
                        + "indicator VARCHAR(40), reference VARCHAR(1000), title VARCHAR(1000), "
                        + "CONSTRAINT bench_evidence_pk PRIMARY KEY (registration_id, seq), "
                        + "CONSTRAINT bench_evidence_fk FOREIGN KEY (registration_id) REFERENCES bench_registration (id))");
            }
            connection.setAutoCommit(false);
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            // 9 points for each indicator of the shipped family set, in the form ls_registration stores
            String scores = HouseholdScores.uniform(9).encode();
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_registration (id, subject_id, "
                    + "model, unit_id, record_year, criteria_set_id, registered_at, status, self_scores, self_assessed_late, "
                    + "verified_scores, version) VALUES (?, ?, 'FAMILY', ?, 2026, 1, ?, 'REGISTERED', '', FALSE, '', 0)")) {
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, i + 1L);
                    insert.setLong(2, i + 1L);
                    insert.setLong(3, i % 3000);
                    insert.setObject(4, now);
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_evidence (registration_id, seq, "
                    + "indicator, reference, title) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement update = connection.prepareStatement("UPDATE bench_registration SET status = ?, "
                    + "self_scores = ?, self_assessed_at = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                for (int i = 0; i < count; i++) {
                    for (int e = 0; e < evidencePer; e++) {
                        insert.setLong(1, i + 1L);
                        insert.setInt(2, e);
                        insert.setString(3, "1." + e);
                        insert.setString(4, "minh-chung/1." + e + ".pdf");
                        insert.setString(5, "Minh chứng 1." + e);
                        insert.addBatch();
                    }
                    update.setString(1, "SELF_ASSESSED");
                    update.setString(2, scores);
                    update.setObject(3, now);
                    update.setLong(4, i + 1L);
                    update.setInt(5, 0);
                    update.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                        update.executeBatch();
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
            connection.commit();
            for (String status : new String[] {"VERIFIED", "RECOGNISED"}) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE bench_registration SET status = ?, "
                        + "verified_scores = ?, verified_at = ?, version = version + 1 WHERE id = ?")) {
                    for (int i = 0; i < count; i++) {
                        update.setString(1, status);
                        update.setString(2, scores);
                        update.setObject(3, now);
                        update.setLong(4, i + 1L);
                        update.addBatch();
                        if ((i + 1) % 1000 == 0) {
                            update.executeBatch();
                        }
                    }
                    update.executeBatch();
                }
                connection.commit();
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
