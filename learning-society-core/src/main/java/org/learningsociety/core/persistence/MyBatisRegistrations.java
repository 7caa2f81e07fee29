package org.learningsociety.core.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.persistence.Rows.EvidenceRow;
import org.learningsociety.core.persistence.Rows.RegistrationRow;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationFilter;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.shared.ConflictException.Kind;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.unit.UnitId;

/**
 * Subjects' years in {@code ls_registration} (scores as {@link Scores#encode()} text) and their
 * evidence in {@code ls_evidence}. Inserts are multi-row statements; changes are written with
 * optimistic locking on {@code version}, as JDBC batches on the session's connection.
 */
final class MyBatisRegistrations implements Registrations {

    /** A registration's columns as {@link #INSERT} names them, its province (V21) as {@code province} answers. */
    private static ColumnWrite<Registration> inserted(java.util.function.Function<Registration, String> province) {
        return new ColumnWrite<Registration>()
            .bigint(r -> r.id().value()).bigint(r -> r.subject().value()).varchar(r -> r.model().name())
            .bigint(r -> r.unit().value()).integer(Registration::year).bigint(r -> r.criteriaSet().value())
            .instant(Registration::registeredAt).varchar(r -> r.status().name())
            .varchar(r -> r.selfScores().encode()).instant(Registration::selfAssessedAt)
            .bool(Registration::selfAssessedLate).varchar(r -> r.verifiedScores().encode())
            .varchar(Registration::verifier).varchar(Registration::verificationNote).instant(Registration::verifiedAt)
            .bigint(r -> r.decision() == null ? null : r.decision().value())
            .varchar(Registration::nonRecognitionReason).integer(Registration::version).varchar(province);
    }

    /** {@link #inserted}'s columns, for the statements' text. */
    private static final ColumnWrite<Registration> INSERTED = inserted(r -> null);

    private static final String INSERT_COLUMNS = "ls_registration (id, subject_id, model, unit_id, record_year, "
            + "criteria_set_id, registered_at, status, self_scores, self_assessed_at, self_assessed_late, "
            + "verified_scores, verifier, verification_note, verified_at, decision_id, non_recognition_reason, version, "
            + "province_code)";
    private static final String INSERT = "INSERT INTO " + INSERT_COLUMNS
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_POSTGRESQL = "INSERT INTO " + INSERT_COLUMNS + " SELECT * FROM "
            + INSERTED.unnest();

    /** What a change writes, then the row's id and the version it was read at, as {@link #UPDATE} names them. */
    private static final ColumnWrite<Registration> UPDATED = new ColumnWrite<Registration>()
            .varchar(r -> r.status().name()).varchar(r -> r.selfScores().encode())
            .instant(Registration::selfAssessedAt).bool(Registration::selfAssessedLate)
            .varchar(r -> r.verifiedScores().encode()).varchar(Registration::verifier)
            .varchar(Registration::verificationNote).instant(Registration::verifiedAt)
            .bigint(r -> r.decision() == null ? null : r.decision().value())
            .varchar(Registration::nonRecognitionReason).bigint(r -> r.id().value()).integer(Registration::version);

    /** The versioned write: only where the stored version is still the one the registration was read at. */
    private static final String UPDATE = "UPDATE ls_registration SET status = ?, self_scores = ?, "
            + "self_assessed_at = ?, self_assessed_late = ?, verified_scores = ?, verifier = ?, "
            + "verification_note = ?, verified_at = ?, decision_id = ?, non_recognition_reason = ?, "
            + "version = version + 1 WHERE id = ? AND version = ?";
    /** {@link #UPDATE} for a whole chunk in one statement; returns the ids it changed. */
    static final String UPDATE_POSTGRESQL = "UPDATE ls_registration r SET status = u.status, "
            + "self_scores = u.self_scores, self_assessed_at = u.self_assessed_at, "
            + "self_assessed_late = u.self_assessed_late, verified_scores = u.verified_scores, "
            + "verifier = u.verifier, verification_note = u.verification_note, verified_at = u.verified_at, "
            + "decision_id = u.decision_id, non_recognition_reason = u.non_recognition_reason, "
            + "version = r.version + 1 FROM " + UPDATED.unnest() + " AS u (status, self_scores, self_assessed_at, "
            + "self_assessed_late, verified_scores, verifier, verification_note, verified_at, decision_id, "
            + "non_recognition_reason, id, version) WHERE r.id = u.id AND r.version = u.version "
            // the chunk's years and provinces, so that only their partitions are planned and read (V21)
            + "AND r.record_year = ANY(CAST(? AS INTEGER[])) AND r.province_code = ANY(CAST(? AS VARCHAR[])) "
            + "RETURNING r.id";

    private static final ColumnWrite<EvidenceRow> EVIDENCE = new ColumnWrite<EvidenceRow>()
            .bigint(e -> e.registrationId).integer(e -> e.seq).varchar(e -> e.indicator).varchar(e -> e.reference)
            .varchar(e -> e.title).integer(e -> e.recordYear).varchar(e -> e.provinceCode);
    private static final String EVIDENCE_COLUMNS = "ls_evidence (registration_id, seq, indicator, reference, title, "
            + "record_year, province_code)";
    private static final String INSERT_EVIDENCE = "INSERT INTO " + EVIDENCE_COLUMNS + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVIDENCE_POSTGRESQL = "INSERT INTO " + EVIDENCE_COLUMNS + " SELECT * FROM "
            + EVIDENCE.unnest();

    private final SqlSession session;
    private final RegistrationMapper mapper;
    private final Transactions transactions;
    private final IdBlocks ids;
    private final String databaseId;

    MyBatisRegistrations(SqlSession session, Transactions transactions, IdBlocks ids, String databaseId) {
        this.session = Objects.requireNonNull(session);
        this.mapper = session.getMapper(RegistrationMapper.class);
        this.transactions = Objects.requireNonNull(transactions);
        this.ids = Objects.requireNonNull(ids);
        this.databaseId = databaseId;
    }

    @Override
    public RegistrationId nextIds(int count) {
        return new RegistrationId(ids.reserve(IdBlocks.REGISTRATION, count));
    }

    @Override
    public void addAll(Collection<Registration> registrations) {
        if (registrations.isEmpty()) {
            return;
        }
        // a subject already registered for the year is refused by the unique key (subject_id, record_year),
        // not read first: reading cost a round trip per batch, and its plan, made while the table was
        // empty, scanned the whole year's rows (docs/benchmarks.md)
        transactions.run(() -> SqlErrors.uniqueAsNamedConflict(session.getConnection(), () -> {
            // each registration's province on its day (V21), looked up once per day for the batch's units
            ProvinceCodes provinces = new ProvinceCodes(session);
            Map<java.time.LocalDate, List<UnitId>> unitsByDay = new HashMap<>();
            registrations.forEach(r -> unitsByDay.computeIfAbsent(ProvinceCodes.dayOf(r.registeredAt()),
                    day -> new ArrayList<>()).add(r.unit()));
            unitsByDay.forEach((day, units) -> provinces.resolve(new LinkedHashSet<>(units), day));
            Map<Long, String> provinceOf = new HashMap<>();
            registrations.forEach(r -> provinceOf.put(r.id().value(),
                    provinces.of(r.unit(), ProvinceCodes.dayOf(r.registeredAt()))));
            ColumnWrite<Registration> columns = inserted(r -> provinceOf.get(r.id().value()));
            if (postgresql()) {
                columns.update(session, INSERT_POSTGRESQL, registrations);
            } else {
                JdbcBatch.run(session, INSERT, registrations, columns::bind);
            }
            insertEvidence(registrations, provinceOf);
            UnitTallies tallies = new UnitTallies(session, databaseId);
            registrations.forEach(r -> tallies.registration(r.unit(), r.year(), r.model(), r.status(), 1));
            tallies.write();
        }, () -> new ConflictException(Kind.ALREADY_EXISTS, "subjectId", firstRegistered(registrations),
                "Đối tượng đã đăng ký danh hiệu trong năm này")));
    }

    /** The first subject of {@code batch} registered for its year already, or twice in the batch; null if none. */
    private SubjectId firstRegistered(Collection<Registration> batch) {
        Map<Integer, Set<SubjectId>> registered = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Registration r : batch) {
            Set<SubjectId> ofYear = registered.computeIfAbsent(r.year(), year -> registeredAmong(
                    batch.stream().filter(b -> b.year() == year).map(Registration::subject).toList(), year));
            if (ofYear.contains(r.subject()) || !seen.add(r.subject().value() + ":" + r.year())) {
                return r.subject();
            }
        }
        return null;
    }

    @Override
    public Optional<Registration> findById(RegistrationId id) {
        return findByIds(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Registration> findByIds(Collection<RegistrationId> registrationIds) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(
                registrationIds.stream().map(RegistrationId::value).toList()));
        List<Registration> found = new ArrayList<>(distinct.size());
        for (List<Long> chunk : Chunks.of(distinct)) {
            List<RegistrationRow> rows = mapper.findByIds(IdArray.of(chunk));
            found.addAll(assemble(rows, rows.isEmpty() ? List.of() : mapper.evidenceOf(IdArray.of(chunk), yearOf(rows))));
        }
        return found;
    }

    @Override
    public List<Registration> findByIdsWithoutEvidence(Collection<RegistrationId> registrationIds) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(
                registrationIds.stream().map(RegistrationId::value).toList()));
        List<Registration> found = new ArrayList<>(distinct.size());
        for (List<Long> chunk : Chunks.of(distinct)) {
            found.addAll(assemble(mapper.findByIds(IdArray.of(chunk)), List.of()));
        }
        return found;
    }

    @Override
    public List<Registration> findByUnitWithoutEvidence(UnitId unit, int year, LearningModel model) {
        return assemble(mapper.findByUnit(unit.value(), year, model.name()), List.of());
    }

    @Override
    public Page<Registration> find(RegistrationFilter filter, PageRequest page) {
        if (filter.units().isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        IdArray units = IdArray.of(filter.units().stream().map(UnitId::value).toList());
        String model = filter.model() == null ? null : filter.model().name();
        String status = filter.status() == null ? null : filter.status().name();
        Long decision = filter.decision() == null ? null : filter.decision().value();
        List<RegistrationRow> rows = mapper.find(units, filter.year(), model, status, decision, page.size(),
                page.offset());
        List<Registration> found = rows.isEmpty() ? List.of() : assemble(rows, mapper.evidenceOf(IdArray.of(
                rows.stream().map(row -> row.id).toList()), filter.year()));
        return Page.counted(found, page, () -> mapper.count(units, filter.year(), model, status, decision));
    }

    @Override
    public java.util.Optional<RegistrationId> idOf(SubjectId subject, int year) {
        return java.util.Optional.ofNullable(mapper.idOf(subject.value(), year)).map(RegistrationId::new);
    }

    @Override
    public Set<SubjectId> registeredAmong(Collection<SubjectId> subjects, int year) {
        Set<SubjectId> registered = new HashSet<>();
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(subjects.stream().map(SubjectId::value).toList()));
        for (List<Long> chunk : Chunks.of(distinct)) {
            mapper.registeredAmong(IdArray.of(chunk), year).forEach(id -> registered.add(new SubjectId(id)));
        }
        return registered;
    }

    @Override
    public List<Registration> findByUnit(UnitId unit, int year, LearningModel model) {
        List<RegistrationRow> rows = mapper.findByUnit(unit.value(), year, model.name());
        return assemble(rows, rows.isEmpty() ? List.of() : mapper.evidenceByUnit(unit.value(), year, model.name()));
    }

    @Override
    public void updateAll(Collection<Registration> registrations) {
        if (registrations.isEmpty()) {
            return;
        }
        List<Registration> all = List.copyOf(registrations);
        transactions.run(() -> {
            // a registration this repository read moves the per-unit counts from its status as read: the
            // versioned write below finds the row at the version it was read at, or refuses the batch (its
            // transaction rolled back, nothing of the batch is written), so no read of the rows under a lock
            // first (docs/benchmarks.md, fifth round); one that was not read is checked and locked first, and
            // moves the counts from the status stored
            UnitTallies tallies = new UnitTallies(session, databaseId);
            // each row's province as stored (V21): as read with the registration, or read under the lock
            Map<Long, String> provinceOf = new HashMap<>();
            List<Registration> notRead = new ArrayList<>();
            for (Registration registration : all) {
                RegistrationStatus before = registration.statusAsRead();
                if (before == null || registration.provinceAsStored() == null) {
                    notRead.add(registration);
                    continue;
                }
                provinceOf.put(registration.id().value(), registration.provinceAsStored());
                if (before != registration.status()) {
                    tallies.registration(registration.unit(), registration.year(), registration.model(), before, -1)
                            .registration(registration.unit(), registration.year(), registration.model(),
                                    registration.status(), 1);
                }
            }
            for (List<Registration> chunk : Chunks.of(notRead)) {
                requireVersions(chunk, tallies, provinceOf);
            }
            for (List<Registration> chunk : Chunks.of(all)) {
                writeVersioned(chunk, provinceOf);
                // evidence is rewritten only where a self-assessment replaced it, not on verification or recognition
                List<Registration> newEvidence = chunk.stream().filter(Registration::evidenceChanged).toList();
                if (!newEvidence.isEmpty()) {
                    mapper.deleteEvidence(IdArray.of(newEvidence.stream().map(r -> r.id().value()).toList()),
                            years(newEvidence), provinces(newEvidence, provinceOf));
                    insertEvidence(newEvidence, provinceOf);
                }
            }
            tallies.write();
        });
    }

    private void requireVersions(List<Registration> chunk, UnitTallies tallies, Map<Long, String> provinceOf) {
        Map<Long, RegistrationRow> stored = new HashMap<>();
        mapper.lockVersions(IdArray.of(chunk.stream().map(r -> r.id().value()).toList()), years(chunk))
                .forEach(row -> {
                    stored.put(row.id, row);
                    provinceOf.put(row.id, row.provinceCode);
                });
        for (Registration registration : chunk) {
            RegistrationRow row = stored.get(registration.id().value());
            if (row == null || row.version != registration.version()) {
                throw conflict(registration);
            }
            RegistrationStatus before = RegistrationStatus.valueOf(row.status);
            if (before != registration.status()) {
                tallies.registration(registration.unit(), registration.year(), registration.model(), before, -1)
                        .registration(registration.unit(), registration.year(), registration.model(),
                                registration.status(), 1);
            }
        }
    }

    /** The one year of {@code rows}, or null if they are of several: their evidence lies in that year's partitions. */
    private static Integer yearOf(List<RegistrationRow> rows) {
        List<Integer> years = rows.stream().map(row -> row.recordYear).distinct().toList();
        return years.size() == 1 ? years.get(0) : null;
    }

    /** The distinct years of {@code registrations}: a village batch's one. */
    private static List<Integer> years(Collection<Registration> registrations) {
        return registrations.stream().map(Registration::year).distinct().toList();
    }

    /** The distinct provinces {@code registrations} are stored with. */
    private static List<String> provinces(Collection<Registration> registrations, Map<Long, String> provinceOf) {
        return registrations.stream().map(r -> provinceOf.get(r.id().value())).distinct().toList();
    }

    private void writeVersioned(List<Registration> chunk, Map<Long, String> provinceOf) {
        if (postgresql()) {
            Set<Long> written = new HashSet<>(UPDATED.returningLongs(session, UPDATE_POSTGRESQL, chunk,
                    years(chunk).toArray(new Integer[0]), provinces(chunk, provinceOf).toArray(new String[0])));
            for (Registration registration : chunk) {
                if (!written.contains(registration.id().value())) {
                    throw conflict(registration);
                }
            }
            return;
        }
        int[] counts = JdbcBatch.run(session, UPDATE, chunk, UPDATED::bind);
        for (int i = 0; i < counts.length; i++) {
            // a row changed since it was read (the rows are locked, so only a broken lock gets here)
            if (counts[i] == 0) {
                throw conflict(chunk.get(i));
            }
        }
    }

    private void insertEvidence(Collection<Registration> registrations, Map<Long, String> provinceOf) {
        List<EvidenceRow> rows = evidenceRows(registrations, provinceOf);
        if (postgresql()) {
            EVIDENCE.update(session, INSERT_EVIDENCE_POSTGRESQL, rows);
        } else {
            JdbcBatch.run(session, INSERT_EVIDENCE, rows, EVIDENCE::bind);
        }
    }

    /** PostgreSQL gets each batch as one statement over arrays; H2, in process, JDBC batches. */
    private boolean postgresql() {
        return "postgresql".equals(databaseId);
    }

    private static ConflictException conflict(Registration registration) {
        return new ConflictException(Kind.CONCURRENT_CHANGE, "registrationId", registration.id(),
                "Hồ sơ đăng ký đã được người khác thay đổi; vui lòng tải lại và thực hiện lại");
    }

    @Override
    public Map<RegistrationStatus, Long> countByStatus(Collection<UnitId> units, int year, LearningModel model) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(units.stream().map(UnitId::value).toList()));
        for (List<Long> chunk : Chunks.of(distinct)) {
            mapper.countByStatus(IdArray.of(chunk), year, model.name())
                    .forEach(row -> counts.merge(RegistrationStatus.valueOf(row.status), row.total, Long::sum));
        }
        return counts;
    }

    private static List<Registration> assemble(List<RegistrationRow> rows, List<EvidenceRow> evidence) {
        Map<Long, List<Evidence>> byRegistration = new HashMap<>();
        for (EvidenceRow row : evidence) {
            byRegistration.computeIfAbsent(row.registrationId, id -> new ArrayList<>())
                    .add(new Evidence(row.indicator, row.reference, row.title));
        }
        List<Registration> registrations = new ArrayList<>(rows.size());
        for (RegistrationRow row : rows) {
            registrations.add(new Registration(new RegistrationId(row.id), new SubjectId(row.subjectId),
                    LearningModel.valueOf(row.model), new UnitId(row.unitId), row.recordYear,
                    new CriteriaSetId(row.criteriaSetId), instant(row.registeredAt),
                    RegistrationStatus.valueOf(row.status), Scores.decode(row.selfScores),
                    byRegistration.getOrDefault(row.id, List.of()), instant(row.selfAssessedAt),
                    row.selfAssessedLate, Scores.decode(row.verifiedScores), row.verifier, row.verificationNote,
                    instant(row.verifiedAt), row.decisionId == null ? null : new DecisionId(row.decisionId),
                    row.nonRecognitionReason, row.version).asRead(row.provinceCode));
        }
        return registrations;
    }

    private static List<EvidenceRow> evidenceRows(Collection<Registration> registrations, Map<Long, String> provinceOf) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (Registration registration : registrations) {
            int seq = 0;
            for (Evidence evidence : registration.evidence()) {
                EvidenceRow row = new EvidenceRow();
                row.registrationId = registration.id().value();
                row.seq = seq++;
                row.indicator = evidence.indicator();
                row.reference = evidence.reference();
                row.title = evidence.title();
                row.recordYear = registration.year();
                row.provinceCode = provinceOf.get(registration.id().value());
                rows.add(row);
            }
        }
        return rows;
    }

    static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
