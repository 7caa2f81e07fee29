package org.learningsociety.core.report;

import java.math.BigDecimal;
import org.learningsociety.core.subject.LearningModel;

/**
 * One row of a report: a unit's attainment of a model in the report's target year. The reporting
 * unit's own row holds the total of its children's.
 *
 * @param rate recognised as a percentage of subjects, {@code null} when there are no subjects
 * @param target the plan's target, {@code null} when no plan sets one
 * @param gap target minus rate in percentage points (positive: still short), {@code null} when either is
 * @param unassigned records of partly merged past units not yet re-assigned, counted nowhere
 */
public record ReportLine(String unitCode, String unitName, LearningModel model, long subjects, long registered,
        long recognised, BigDecimal rate, BigDecimal target, boolean targetDerived, BigDecimal gap, long unassigned) {
}
