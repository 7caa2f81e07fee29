package org.learningsociety.core.persistence;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitId;

/**
 * Keeps the per-unit counts ({@code ls_subject_count}, {@code ls_registration_count}, V5) in step
 * with the rows, in the transaction that writes the rows: the repositories collect a batch's
 * changes here and {@link #write()} adds them with one upsert statement per table and 1,000 keys
 * ({@link ColumnWrite}), its rows passed as arrays in key order (two batches touching the same units
 * lock their counts in the same order). The attainment report sums
 * these counts instead of reading every subject and registration.
 *
 * <p>An instance serves one batch on one thread: the repositories make one per write.
 */
final class UnitTallies {

    // each table's changes of a batch in few statements, as arrays: an import of 10,000 households
    // spread over 3,000 villages changes 3,000 counts per batch, and upserting them one by one cost the
    // province's import a third more time (docs/benchmarks.md)
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

    /** A subject count's key and change, as the upsert's arrays bind them. */
    private static final ColumnWrite<Map.Entry<SubjectKey, Long>> SUBJECT_COLUMNS =
            new ColumnWrite<Map.Entry<SubjectKey, Long>>().bigint(e -> e.getKey().unit())
                    .varchar(e -> e.getKey().model()).bigint(Map.Entry::getValue);
    private static final ColumnWrite<Map.Entry<RegistrationKey, Long>> REGISTRATION_COLUMNS =
            new ColumnWrite<Map.Entry<RegistrationKey, Long>>().bigint(e -> e.getKey().unit())
                    .integer(e -> e.getKey().year()).varchar(e -> e.getKey().model())
                    .varchar(e -> e.getKey().status()).bigint(Map.Entry::getValue);

    /** Adds the collected changes to the counts (in the caller's transaction). */
    void write() {
        subjects.values().removeIf(change -> change == 0);
        registrations.values().removeIf(change -> change == 0);
        // the rows in key order: the maps are sorted
        SUBJECT_COLUMNS.update(session, h2 ? ADD_SUBJECTS_H2 : ADD_SUBJECTS_POSTGRESQL, subjects.entrySet());
        REGISTRATION_COLUMNS.update(session, h2 ? ADD_REGISTRATIONS_H2 : ADD_REGISTRATIONS_POSTGRESQL,
                registrations.entrySet());
        subjects.clear();
        registrations.clear();
    }
}
