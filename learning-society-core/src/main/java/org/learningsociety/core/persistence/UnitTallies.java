package org.learningsociety.core.persistence;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

/**
 * Keeps the per-unit counts ({@code ls_subject_count}, {@code ls_registration_count}, V5) in step
 * with the rows, in the transaction that writes the rows: the repositories collect a batch's
 * changes here and {@link #write()} adds them with one upsert statement per table, its rows passed
 * as arrays in key order (two batches touching the same units lock their counts in the same order). The attainment report sums
 * these counts instead of reading every subject and registration.
 *
 * <p>An instance serves one batch on one thread: the repositories make one per write.
 */
final class UnitTallies {

    // each table's changes of a batch in one statement, as arrays: an import of 10,000 households
    // spread over 3,000 villages changes 3,000 counts per batch, and 3,000 upserts one by one cost the
    // import of 1,000,000 households a third more time (B1 on PostgreSQL: 17.4 s -> 29.0 s)
    private static final String ADD_SUBJECTS_POSTGRESQL = "INSERT INTO ls_subject_count AS c (unit_id, model, total) "
            + "SELECT * FROM UNNEST(CAST(? AS BIGINT[]), CAST(? AS VARCHAR[]), CAST(? AS BIGINT[])) "
            + "ON CONFLICT (unit_id, model) DO UPDATE SET total = c.total + EXCLUDED.total";
    private static final String ADD_SUBJECTS_H2 = "MERGE INTO ls_subject_count c USING (SELECT * FROM UNNEST("
            + "CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR(16) ARRAY), CAST(? AS BIGINT ARRAY)) AS d (unit_id, model, total)) d "
            + "ON c.unit_id = d.unit_id AND c.model = d.model "
            + "WHEN MATCHED THEN UPDATE SET total = c.total + d.total "
            + "WHEN NOT MATCHED THEN INSERT (unit_id, model, total) VALUES (d.unit_id, d.model, d.total)";
    private static final String ADD_REGISTRATIONS_POSTGRESQL = "INSERT INTO ls_registration_count AS c "
            + "(unit_id, record_year, model, status, total) SELECT * FROM UNNEST(CAST(? AS BIGINT[]), "
            + "CAST(? AS INTEGER[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS BIGINT[])) "
            + "ON CONFLICT (unit_id, record_year, model, status) DO UPDATE SET total = c.total + EXCLUDED.total";
    private static final String ADD_REGISTRATIONS_H2 = "MERGE INTO ls_registration_count c USING (SELECT * FROM UNNEST("
            + "CAST(? AS BIGINT ARRAY), CAST(? AS INTEGER ARRAY), CAST(? AS VARCHAR(16) ARRAY), "
            + "CAST(? AS VARCHAR(16) ARRAY), CAST(? AS BIGINT ARRAY)) AS d (unit_id, record_year, model, status, total)) d "
            + "ON c.unit_id = d.unit_id AND c.record_year = d.record_year AND c.model = d.model AND c.status = d.status "
            + "WHEN MATCHED THEN UPDATE SET total = c.total + d.total "
            + "WHEN NOT MATCHED THEN INSERT (unit_id, record_year, model, status, total) "
            + "VALUES (d.unit_id, d.record_year, d.model, d.status, d.total)";

    private record SubjectKey(long unit, String model) {
    }

    private record RegistrationKey(long unit, int year, String model, String status) {
    }

    private static final Comparator<SubjectKey> SUBJECT_ORDER =
            Comparator.comparingLong(SubjectKey::unit).thenComparing(SubjectKey::model);
    private static final Comparator<RegistrationKey> REGISTRATION_ORDER = Comparator
            .comparingLong(RegistrationKey::unit).thenComparingInt(RegistrationKey::year)
            .thenComparing(RegistrationKey::model).thenComparing(RegistrationKey::status);

    private final SqlSession session;
    private final boolean h2;
    private final Map<SubjectKey, Long> subjects = new TreeMap<>(SUBJECT_ORDER);
    private final Map<RegistrationKey, Long> registrations = new TreeMap<>(REGISTRATION_ORDER);

    /** {@code databaseId} as {@link MyBatisPersistence#databaseIdProvider()} names the database. */
    UnitTallies(SqlSession session, String databaseId) {
        this.session = session;
        this.h2 = "h2".equals(databaseId);
    }

    UnitTallies subject(UnitId unit, LearningModel model, long change) {
        subjects.merge(new SubjectKey(unit.value(), model.name()), change, Long::sum);
        return this;
    }

    UnitTallies registration(UnitId unit, int year, LearningModel model, RegistrationStatus status, long change) {
        registrations.merge(new RegistrationKey(unit.value(), year, model.name(), status.name()), change, Long::sum);
        return this;
    }

    /** Adds the collected changes to the counts (in the caller's transaction). */
    void write() {
        subjects.values().removeIf(change -> change == 0);
        registrations.values().removeIf(change -> change == 0);
        try {
            if (!subjects.isEmpty()) {
                List<SubjectKey> keys = List.copyOf(subjects.keySet());
                upsert(h2 ? ADD_SUBJECTS_H2 : ADD_SUBJECTS_POSTGRESQL,
                        array("BIGINT", keys.stream().map(SubjectKey::unit)),
                        array("VARCHAR", keys.stream().map(SubjectKey::model)),
                        array("BIGINT", keys.stream().map(subjects::get)));
            }
            if (!registrations.isEmpty()) {
                List<RegistrationKey> keys = List.copyOf(registrations.keySet());
                upsert(h2 ? ADD_REGISTRATIONS_H2 : ADD_REGISTRATIONS_POSTGRESQL,
                        array("BIGINT", keys.stream().map(RegistrationKey::unit)),
                        array("INTEGER", keys.stream().map(RegistrationKey::year)),
                        array("VARCHAR", keys.stream().map(RegistrationKey::model)),
                        array("VARCHAR", keys.stream().map(RegistrationKey::status)),
                        array("BIGINT", keys.stream().map(registrations::get)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Error writing the per-unit counts", e);
        } finally {
            session.clearCache();
        }
        subjects.clear();
        registrations.clear();
    }

    private Array array(String type, Stream<?> values) throws SQLException {
        return session.getConnection().createArrayOf(type, values.toArray());
    }

    private void upsert(String sql, Array... columns) throws SQLException {
        try (PreparedStatement upsert = session.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < columns.length; i++) {
                upsert.setArray(i + 1, columns[i]);
            }
            upsert.executeUpdate();
        }
    }
}
