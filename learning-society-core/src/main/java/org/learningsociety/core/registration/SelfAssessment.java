package org.learningsociety.core.registration;

import java.util.List;
import org.learningsociety.core.criteria.Evidence;
import org.learningsociety.core.criteria.Scores;

/** A self-assessment to record: the points a subject gives itself on each indicator, with evidence. */
public record SelfAssessment(RegistrationId registration, Scores scores, List<Evidence> evidence) { }
