package org.learningsociety.core.criteria;

import java.util.List;
import java.util.Optional;
import org.learningsociety.core.subject.LearningModel;

/** The repository of criteria set versions. */
public interface CriteriaSets {

    Optional<CriteriaSet> findById(CriteriaSetId id);

    Optional<CriteriaSet> findByKey(String key);

    /** Every version for {@code model}, oldest first. */
    List<CriteriaSet> findByModel(LearningModel model);

    /** Stores a new version and returns it with its id; a stored version is never changed. */
    CriteriaSet add(CriteriaSet set);

    /**
     * The version in force for {@code model} in {@code year}: the newest whose first year is not
     * after {@code year}.
     */
    default Optional<CriteriaSet> inForce(LearningModel model, int year) {
        return inForce(model, year, null);
    }

    /**
     * The version in force for {@code model} in {@code year} in province {@code provinceCode}: a set of
     * the province before a national one, then the newest first year.
     */
    default Optional<CriteriaSet> inForce(LearningModel model, int year, String provinceCode) {
        return findByModel(model).stream()
                .filter(s -> s.appliesIn(year))
                .filter(s -> s.scopeUnitCode() == null || s.scopeUnitCode().equals(provinceCode))
                .max(java.util.Comparator.comparing((CriteriaSet s) -> s.scopeUnitCode() != null)
                        .thenComparingInt(CriteriaSet::validFromYear));
    }
}
