package org.learningsociety.core.commendation;

import java.util.Optional;
import org.learningsociety.core.subject.LearningModel;

/**
 * The rule saying which form of commendation a recognised subject may be proposed for. The rule is
 * data an administrator edits (a DMN decision table in the workflow), so the core only owns this
 * interface.
 */
@FunctionalInterface
public interface CommendationEligibility {

    /**
     * @param yearsRecognisedRunning consecutive years the subject has held the title, this year included
     * @param verifiedTotal the points verified this year
     * @return the form to propose, or empty when the subject is not proposed
     */
    Optional<String> formFor(LearningModel model, int yearsRecognisedRunning, int verifiedTotal);
}
