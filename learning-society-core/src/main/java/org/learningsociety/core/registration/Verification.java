package org.learningsociety.core.registration;

import org.learningsociety.core.criteria.Scores;

/** A verification to record: the points the verifying body finds, who verified, a note. */
public record Verification(RegistrationId registration, Scores scores, String verifier, String note) { }
