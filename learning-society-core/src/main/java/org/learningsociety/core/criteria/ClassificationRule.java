package org.learningsociety.core.criteria;

/**
 * What earns the title: a minimum total, together with each criterion's own minimum.
 *
 * @param title the title earned, e.g. "Gia đình học tập"
 * @param sample whether the threshold is a sample a province must confirm
 */
public record ClassificationRule(int minimumTotal, String title, boolean sample) {

    public ClassificationRule(int minimumTotal, String title) {
        this(minimumTotal, title, false);
    }
}
