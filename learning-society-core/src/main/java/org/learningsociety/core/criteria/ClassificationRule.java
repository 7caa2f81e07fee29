package org.learningsociety.core.criteria;

/**
 * What earns the title: a minimum total, together with each criterion's own minimum.
 *
 * @param title the title earned, e.g. "Gia đình học tập"
 */
public record ClassificationRule(int minimumTotal, String title) { }
