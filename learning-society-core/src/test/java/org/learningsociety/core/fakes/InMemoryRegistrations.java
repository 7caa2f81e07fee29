package org.learningsociety.core.fakes;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.learningsociety.core.criteria.CriteriaSetId;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;
import org.learningsociety.core.decision.DecisionId;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationFilter;
import org.learningsociety.core.registration.RegistrationId;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.unit.UnitId;

/**
 * Subjects' years in memory, kept as rows (as the database keeps them) so that every read is a new
 * aggregate: a subject registers once per year ({@link ConflictException} otherwise), and a write
 * succeeds only at the version the aggregate was read at — otherwise {@link ConflictException} and
 * nothing of the batch is written.
 */
public final class InMemoryRegistrations implements Registrations, Snapshotting {

    /** A stored registration: the aggregate's state as plain values. */
    public record Row(RegistrationId id, SubjectId subject, LearningModel model, UnitId unit, int year,
            CriteriaSetId criteriaSet, Instant registeredAt, RegistrationStatus status, Scores selfScores,
            List<Evidence> evidence, Instant selfAssessedAt, boolean selfAssessedLate, Scores verifiedScores,
            String verifier, String verificationNote, Instant verifiedAt, DecisionId decision,
            String nonRecognitionReason, int version) {

        static Row of(Registration r, int version) {
            return new Row(r.id(), r.subject(), r.model(), r.unit(), r.year(), r.criteriaSet(), r.registeredAt(),
                    r.status(), r.selfScores(), List.copyOf(r.evidence()), r.selfAssessedAt(), r.selfAssessedLate(),
                    r.verifiedScores(), r.verifier(), r.verificationNote(), r.verifiedAt(), r.decision(),
                    r.nonRecognitionReason(), version);
        }

        Registration toRegistration() {
            return new Registration(id, subject, model, unit, year, criteriaSet, registeredAt, status, selfScores,
                    evidence, selfAssessedAt, selfAssessedLate, verifiedScores, verifier, verificationNote, verifiedAt,
                    decision, nonRecognitionReason, version);
        }
    }

    private record State(Map<RegistrationId, Row> rows) { }

    private TreeMap<Long, Row> rows = new TreeMap<>();
    private long nextId = 1;

    /**
     * Like the database's id blocks (and a sequence), a reservation is neither rolled back nor part of
     * the state a refused change must leave as it was.
     */
    @Override
    public RegistrationId nextIds(int count) {
        RegistrationId first = new RegistrationId(nextId);
        nextId += count;
        return first;
    }

    @Override
    public void addAll(Collection<Registration> registrations) {
        TreeMap<Long, Row> all = new TreeMap<>(rows);
        for (Registration registration : registrations) {
            if (all.containsKey(registration.id().value())) {
                throw new ConflictException("registrationId", registration.id(), "Trùng mã hồ sơ đăng ký");
            }
            boolean sameYear = all.values().stream()
                    .anyMatch(r -> r.subject().equals(registration.subject()) && r.year() == registration.year());
            if (sameYear) {
                throw new ConflictException("subjectId", registration.subject(),
                        "Đối tượng đã đăng ký năm " + registration.year());
            }
            all.put(registration.id().value(), Row.of(registration, 0));
        }
        rows = all;
    }

    @Override
    public Optional<Registration> findById(RegistrationId id) {
        return Optional.ofNullable(rows.get(id.value())).map(Row::toRegistration);
    }

    @Override
    public List<Registration> findByIds(Collection<RegistrationId> ids) {
        return ids.stream().distinct().map(id -> rows.get(id.value())).filter(Objects::nonNull)
                .map(Row::toRegistration).toList();
    }

    @Override
    public Set<SubjectId> registeredAmong(Collection<SubjectId> subjects, int year) {
        Set<SubjectId> wanted = new HashSet<>(subjects);
        return rows.values().stream().filter(r -> r.year() == year && wanted.contains(r.subject()))
                .map(Row::subject).collect(Collectors.toSet());
    }

    @Override
    public java.util.Optional<RegistrationId> idOf(SubjectId subject, int year) {
        return rows.values().stream().filter(r -> r.year() == year && r.subject().equals(subject))
                .map(Row::id).findFirst();
    }

    @Override
    public List<Registration> findByUnit(UnitId unit, int year, LearningModel model) {
        return rows.values().stream()
                .filter(r -> r.unit().equals(unit) && r.year() == year && r.model() == model)
                .map(Row::toRegistration).toList();
    }

    @Override
    public void updateAll(Collection<Registration> registrations) {
        TreeMap<Long, Row> all = new TreeMap<>(rows);
        for (Registration registration : registrations) {
            Row stored = all.get(registration.id().value());
            if (stored == null) {
                throw new NotFoundException("registrationId", registration.id(), "Không có hồ sơ đăng ký này");
            }
            if (stored.version() != registration.version()) {
                throw new ConflictException("registrationId", registration.id(),
                        "Hồ sơ đã được người khác thay đổi; hãy tải lại");
            }
            all.put(registration.id().value(), Row.of(registration, stored.version() + 1));
        }
        rows = all;
    }

    @Override
    public Map<RegistrationStatus, Long> countByStatus(Collection<UnitId> units, int year, LearningModel model) {
        Set<UnitId> wanted = new HashSet<>(units);
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        rows.values().stream().filter(r -> wanted.contains(r.unit()) && r.year() == year && r.model() == model)
                .forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    public Page<Registration> find(RegistrationFilter filter, PageRequest page) {
        return Page.slice(rows.values().stream().map(Row::toRegistration).filter(filter::accepts).toList(), page);
    }

    /** Drops the evidence of {@code ids}, leaving every other field and the version as stored; returns rows dropped. */
    public int dropEvidence(Collection<RegistrationId> ids) {
        TreeMap<Long, Row> all = new TreeMap<>(rows);
        int dropped = 0;
        for (RegistrationId id : new HashSet<>(ids)) {
            Row r = all.get(id.value());
            if (r != null && !r.evidence().isEmpty()) {
                dropped += r.evidence().size();
                all.put(id.value(), new Row(r.id(), r.subject(), r.model(), r.unit(), r.year(), r.criteriaSet(),
                        r.registeredAt(), r.status(), r.selfScores(), List.of(), r.selfAssessedAt(),
                        r.selfAssessedLate(), r.verifiedScores(), r.verifier(), r.verificationNote(), r.verifiedAt(),
                        r.decision(), r.nonRecognitionReason(), r.version()));
            }
        }
        rows = all;
        return dropped;
    }

    /** Every stored row, by id. */
    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    @Override
    public Object snapshot() {
        return new State(rows.values().stream().collect(Collectors.toUnmodifiableMap(Row::id, r -> r)));
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        rows = new TreeMap<>();
        state.rows().values().forEach(r -> rows.put(r.id().value(), r));
    }
}
