package org.learningsociety.core.plan;

import org.learningsociety.core.subject.LearningModel;

/**
 * An indicator a plan sets targets for (chỉ tiêu), e.g. the share of families recognised as
 * "Gia đình học tập".
 *
 * @param model the model whose recognition rate it measures, or {@code null} for other indicators
 * @param within for learning-citizen indicators, the model whose members are counted (workers in
 *     learning families, …); {@code null} otherwise
 */
public record PlanIndicator(String code, String name, LearningModel model, LearningModel within, String unit) {

    public PlanIndicator(String code, String name, LearningModel model, String unit) {
        this(code, name, model, null, unit);
    }
}
