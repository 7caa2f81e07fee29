package org.learningsociety.core.subject;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.learningsociety.core.shared.Page;
import org.learningsociety.core.shared.PageRequest;
import org.learningsociety.core.unit.UnitId;

/** The repository of subjects. */
public interface Subjects {

    Optional<Subject> findById(SubjectId id);

    List<Subject> findByIds(Collection<SubjectId> ids);

    Optional<Subject> findByExternalId(LearningModel model, String externalId);

    /** Those of {@code externalIds} already used by a subject of {@code model} (one query per chunk). */
    Set<String> existingExternalIds(LearningModel model, Collection<String> externalIds);

    /** The subjects of {@code model} with one of {@code externalIds}, whatever their unit (one query per chunk). */
    List<Subject> findByExternalIds(LearningModel model, Collection<String> externalIds);

    /** The subjects of {@code model} attached to {@code unit}, by id. */
    List<Subject> findByUnit(UnitId unit, LearningModel model);

    /** Reserves {@code count} consecutive new ids and returns the first. */
    SubjectId nextIds(int count);

    /** Writes the subjects in batches. */
    void addAll(Collection<Subject> subjects);

    /** A page of the subjects {@code filter} accepts, in the order they were added. */
    Page<Subject> find(SubjectFilter filter, PageRequest page);

    /** Writes the names of {@code subjects} (each by its id) in batches; refuses a subject not stored. */
    void renameAll(Collection<Subject> subjects);

    /** Re-attaches a subject to another unit (a household that moved, a split commune's record). */
    void moveTo(SubjectId id, UnitId unit);
}
