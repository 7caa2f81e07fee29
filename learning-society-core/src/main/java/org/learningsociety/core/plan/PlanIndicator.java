package org.learningsociety.core.plan;

import java.util.Objects;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.MemberRole;
import org.learningsociety.core.unit.UnitLevel;

/**
 * An indicator a plan sets targets for (chỉ tiêu), e.g. the share of families recognised as
 * "Gia đình học tập", and how it is measured.
 *
 * @param model the model whose recognition rate it measures, or {@code null} for other indicators
 * @param within for learning-citizen indicators, the model whose members are counted (workers in
 *     learning families, …); {@code null} otherwise
 * @param source computed from the records, entered by a level, or not measurable yet
 * @param enteredBy the level that enters the indicator's values: required for an entered indicator;
 *     for a computed citizen indicator, the level whose entered totals stand where a portal keeps
 *     no member lists; {@code null} otherwise
 * @param answer a ratio, or yes/no per unit
 * @param denominator the plan's denominator in words (what 100% is), for the report's reader
 * @param members for learning-citizen indicators, the members counted (workers, cadres)
 */
public record PlanIndicator(String code, String name, LearningModel model, LearningModel within, String unit,
        IndicatorSource source, UnitLevel enteredBy, IndicatorAnswer answer, String denominator, MemberRole members) {

    public PlanIndicator {
        Objects.requireNonNull(code, "code");
        source = source != null ? source : model != null ? IndicatorSource.COMPUTED : IndicatorSource.NOT_MEASURABLE;
        answer = answer != null ? answer : IndicatorAnswer.RATIO;
        if (within != null && members == null) {
            members = within == LearningModel.UNIT ? MemberRole.CADRE : MemberRole.WORKER;
        }
    }

    public PlanIndicator(String code, String name, LearningModel model, LearningModel within, String unit) {
        this(code, name, model, within, unit, null, null, null, null, null);
    }

    public PlanIndicator(String code, String name, LearningModel model, String unit) {
        this(code, name, model, null, unit);
    }

    /** Whether it is the recognition rate of a model (not a citizen indicator counted within another model). */
    public boolean isRecognitionRate() {
        return model != null && within == null;
    }

    /** Whether a unit of {@code level} may enter values for it. */
    public boolean enteredAt(UnitLevel level) {
        return enteredBy == level && source != IndicatorSource.NOT_MEASURABLE;
    }
}
