package org.learningsociety.core.registration;

import org.learningsociety.core.subject.LearningModel;

/**
 * Whether a commune's self-assessment window for a model and year has closed, so that what comes in
 * now is kept and marked late ({@link SelfAssessing#selfAssessAll}). The host knows: the starter
 * answers from its process engine (the cycle's {@code self-assess} process has ended).
 */
@FunctionalInterface
public interface SelfAssessmentWindow {

    /** For hosts without cycles: no window ever closes. */
    SelfAssessmentWindow ALWAYS_OPEN = (model, year, communeCode) -> false;

    boolean closed(LearningModel model, int year, String communeCode);
}
