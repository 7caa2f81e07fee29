package org.learningsociety.core.registration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.SubjectId;
import org.learningsociety.core.unit.UnitId;

/** The repository of subjects' years. Writes are batched: a village's registrations in one go. */
public interface Registrations {

    /** Reserves {@code count} consecutive new ids and returns the first. */
    RegistrationId nextIds(int count);

    /**
     * Adds new registrations, all or none; a subject registered twice for one year is a
     * {@code ConflictException} on field {@code subjectId} whose value is that {@link SubjectId} (null if
     * the repository cannot tell which).
     */
    void addAll(Collection<Registration> registrations);

    Optional<Registration> findById(RegistrationId id);

    List<Registration> findByIds(Collection<RegistrationId> ids);

    /**
     * As {@link #findByIds}, for a change that neither reads nor replaces evidence (a recognition):
     * the registrations may come without their evidence, which saves reading a province's evidence
     * rows; writing them back with {@link #updateAll} leaves the stored evidence as it is.
     */
    default List<Registration> findByIdsWithoutEvidence(Collection<RegistrationId> ids) {
        return findByIds(ids);
    }

    /** Those of {@code subjects} already registered for {@code year}. */
    Set<SubjectId> registeredAmong(Collection<SubjectId> subjects, int year);

    /** The id of {@code subject}'s registration for {@code year}, if it has one. */
    Optional<RegistrationId> idOf(SubjectId subject, int year);

    /** The registrations made in {@code unit} for {@code year} and {@code model}. */
    List<Registration> findByUnit(UnitId unit, int year, LearningModel model);

    /** As {@link #findByUnit}, possibly without the evidence (see {@link #findByIdsWithoutEvidence}). */
    default List<Registration> findByUnitWithoutEvidence(UnitId unit, int year, LearningModel model) {
        return findByUnit(unit, year, model);
    }

    /** A page of the registrations {@code filter} accepts, in the order they were made. */
    Page<Registration> find(RegistrationFilter filter, PageRequest page);

    /**
     * Writes changed registrations, each only if its stored version is still the one it was read at;
     * otherwise a {@code ConflictException} and nothing of the batch is written.
     */
    void updateAll(Collection<Registration> registrations);

    /** How many registrations of {@code year} and {@code model} made in {@code units} stand in each status. */
    Map<RegistrationStatus, Long> countByStatus(Collection<UnitId> units, int year, LearningModel model);
}
