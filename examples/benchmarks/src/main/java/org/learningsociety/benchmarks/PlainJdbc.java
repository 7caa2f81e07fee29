package org.learningsociety.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

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
}
