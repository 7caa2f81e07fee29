package org.learningsociety.core.fakes;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectFilter;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.subject.Subjects;
import org.learningsociety.core.unit.UnitId;

/** Subjects in memory; unique by id and by (model, external id), as in the database. */
public final class InMemorySubjects implements Subjects, Snapshotting {

    private record State(Map<SubjectId, Subject> rows, long nextId) { }

    private Map<SubjectId, Subject> rows = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Optional<Subject> findById(SubjectId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<Subject> findByIds(Collection<SubjectId> ids) {
        return ids.stream().distinct().map(rows::get).filter(Objects::nonNull).toList();
    }

    @Override
    public java.util.Set<String> existingExternalIds(LearningModel model, java.util.Collection<String> externalIds) {
        java.util.Set<String> wanted = new java.util.HashSet<>(externalIds);
        return rows.values().stream().filter(s -> s.model() == model && wanted.contains(s.externalId()))
                .map(Subject::externalId).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public List<Subject> findByExternalIds(LearningModel model, Collection<String> externalIds) {
        java.util.Set<String> wanted = new java.util.HashSet<>(externalIds);
        return rows.values().stream().filter(s -> s.model() == model && wanted.contains(s.externalId())).toList();
    }

    @Override
    public List<Subject> findByUnit(UnitId unit, LearningModel model) {
        return rows.values().stream().filter(s -> s.model() == model && s.unit().equals(unit))
                .sorted(java.util.Comparator.comparingLong(s -> s.id().value())).toList();
    }

    @Override
    public void renameAll(Collection<Subject> subjects) {
        Map<SubjectId, Subject> all = new LinkedHashMap<>(rows);
        for (Subject subject : subjects) {
            Subject stored = all.get(subject.id());
            if (stored == null) {
                throw new NotFoundException("subjectId", subject.id(), "Không có đối tượng này");
            }
            all.put(subject.id(), new Subject(stored.id(), stored.kind(), stored.unit(), subject.name(),
                    stored.externalId()));
        }
        rows = all;
    }

    @Override
    public Optional<Subject> findByExternalId(LearningModel model, String externalId) {
        return rows.values().stream()
                .filter(s -> s.model() == model && s.externalId().equals(externalId)).findFirst();
    }

    @Override
    public SubjectId nextIds(int count) {
        SubjectId first = new SubjectId(nextId);
        nextId += count;
        return first;
    }

    @Override
    public void addAll(Collection<Subject> subjects) {
        Map<SubjectId, Subject> all = new LinkedHashMap<>(rows);
        for (Subject subject : subjects) {
            if (all.containsKey(subject.id())) {
                throw new ConflictException("subjectId", subject.id(), "Trùng mã đối tượng");
            }
            boolean sameExternalId = all.values().stream()
                    .anyMatch(s -> s.model() == subject.model() && s.externalId().equals(subject.externalId()));
            if (sameExternalId) {
                throw new ConflictException("externalId", subject.externalId(), "Trùng mã định danh của cổng thông tin");
            }
            all.put(subject.id(), subject);
        }
        rows = all;
    }

    @Override
    public void moveTo(SubjectId id, UnitId unit) {
        Subject subject = findById(id).orElseThrow(() -> new NotFoundException("subjectId", id, "Không có đối tượng này"));
        Map<SubjectId, Subject> all = new LinkedHashMap<>(rows);
        all.put(id, new Subject(id, subject.kind(), unit, subject.name(), subject.externalId()));
        rows = all;
    }

    /** Every stored subject, in the order added. */
    /** Replaces a stored subject as a whole (what a pseudonymisation writes). */
    public void replace(Subject subject) {
        Map<SubjectId, Subject> all = new LinkedHashMap<>(rows);
        if (all.put(subject.id(), subject) == null) {
            throw new org.learningsociety.core.shared.NotFoundException("subjectId", subject.id(), "Không có đối tượng này");
        }
        rows = all;
    }

    public List<Subject> all() {
        return List.copyOf(rows.values());
    }

    @Override
    public Page<Subject> find(SubjectFilter filter, PageRequest page) {
        return Page.slice(rows.values().stream().filter(filter::accepts).toList(), page);
    }

    @Override
    public Object snapshot() {
        return new State(Map.copyOf(rows), nextId);
    }

    @Override
    public void restore(Object snapshot) {
        State state = (State) snapshot;
        rows = new LinkedHashMap<>();
        state.rows().values().stream().sorted(java.util.Comparator.comparingLong(s -> s.id().value()))
                .forEach(s -> rows.put(s.id(), s));
        nextId = state.nextId();
    }
}
