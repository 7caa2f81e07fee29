package org.learningsociety.core.plan;

import org.learningsociety.core.subject.LearningModel;

/**
 * An indicator a plan sets targets for (chỉ tiêu), e.g. the share of families recognised as
 * "Gia đình học tập".
 *
 * @param model the model whose recognition rate it measures, or {@code null} for other indicators
 */
public record PlanIndicator(String code, String name, LearningModel model, String unit) { }
