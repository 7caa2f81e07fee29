package org.learningsociety.core.persistence;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

/**
 * Keeps the per-unit counts ({@code ls_subject_count}, {@code ls_registration_count}, V4) in step
 * with the rows, in the transaction that writes the rows: the repositories collect a batch's
 * changes here and {@link #write()} adds them with one upsert per unit and key, in key order (two
 * batches touching the same units lock their counts in the same order). The attainment report sums
 * these counts instead of reading every subject and registration.
 *
 * <p>An instance serves one batch on one thread: the repositories make one per write.
 */
final class UnitTallies {

    private static final String ADD_SUBJECTS_POSTGRESQL = "INSERT INTO ls_subject_count AS c (unit_id, model, total) "
            + "VALUES (?, ?, ?) ON CONFLICT (unit_id, model) DO UPDATE SET total = c.total + EXCLUDED.total";
    private static final String ADD_SUBJECTS_H2 = "MERGE INTO ls_subject_count c USING (SELECT CAST(? AS BIGINT) "
            + "AS unit_id, CAST(? AS VARCHAR(16)) AS model, CAST(? AS BIGINT) AS total) d "
            + "ON c.unit_id = d.unit_id AND c.model = d.model "
            + "WHEN MATCHED THEN UPDATE SET total = c.total + d.total "
            + "WHEN NOT MATCHED THEN INSERT (unit_id, model, total) VALUES (d.unit_id, d.model, d.total)";
    private static final String ADD_REGISTRATIONS_POSTGRESQL = "INSERT INTO ls_registration_count AS c "
            + "(unit_id, record_year, model, status, total) VALUES (?, ?, ?, ?, ?) "
            + "ON CONFLICT (unit_id, record_year, model, status) DO UPDATE SET total = c.total + EXCLUDED.total";
    private static final String ADD_REGISTRATIONS_H2 = "MERGE INTO ls_registration_count c USING (SELECT "
            + "CAST(? AS BIGINT) AS unit_id, CAST(? AS INTEGER) AS record_year, CAST(? AS VARCHAR(16)) AS model, "
            + "CAST(? AS VARCHAR(16)) AS status, CAST(? AS BIGINT) AS total) d "
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
        JdbcBatch.run(session, h2 ? ADD_SUBJECTS_H2 : ADD_SUBJECTS_POSTGRESQL, subjects.entrySet(), (upsert, e) -> {
            upsert.setLong(1, e.getKey().unit());
            upsert.setString(2, e.getKey().model());
            upsert.setLong(3, e.getValue());
        });
        JdbcBatch.run(session, h2 ? ADD_REGISTRATIONS_H2 : ADD_REGISTRATIONS_POSTGRESQL, registrations.entrySet(),
                (upsert, e) -> {
                    upsert.setLong(1, e.getKey().unit());
                    upsert.setInt(2, e.getKey().year());
                    upsert.setString(3, e.getKey().model());
                    upsert.setString(4, e.getKey().status());
                    upsert.setLong(5, e.getValue());
                });
        subjects.clear();
        registrations.clear();
    }
}
