package org.learningsociety.core.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.unit.UnitLevel;

/** The repository of criteria set versions. */
public interface CriteriaSets {

    Optional<CriteriaSet> findById(CriteriaSetId id);

    Optional<CriteriaSet> findByKey(String key);

    /** Every version for {@code model}, oldest first. */
    List<CriteriaSet> findByModel(LearningModel model);

    /** Stores a new version and returns it with its id; a stored version is never changed. */
    CriteriaSet add(CriteriaSet set);

    /**
     * The national version in force for {@code model} and subjects of {@code subjectLevel} in {@code year}:
     * the newest whose years include {@code year}.
     */
    default Optional<CriteriaSet> inForce(LearningModel model, UnitLevel subjectLevel, int year) {
        return inForce(model, subjectLevel, year, null);
    }

    /**
     * The version in force for {@code model} and subjects of {@code subjectLevel} (their unit's level) in
     * {@code year} in province {@code provinceCode}: among the sets of the model whose subject levels
     * include {@code subjectLevel} and whose years include {@code year}, a set of the province before a
     * national one, then the newest first year.
     */
    default Optional<CriteriaSet> inForce(LearningModel model, UnitLevel subjectLevel, int year, String provinceCode) {
        Objects.requireNonNull(subjectLevel, "subjectLevel");
        return findByModel(model).stream()
                .filter(s -> s.appliesIn(year))
                .filter(s -> s.appliesTo(subjectLevel))
                .filter(s -> s.scopeUnitCode() == null || s.scopeUnitCode().equals(provinceCode))
                .max(java.util.Comparator.comparing((CriteriaSet s) -> s.scopeUnitCode() != null)
                        .thenComparingInt(CriteriaSet::validFromYear));
    }
}
