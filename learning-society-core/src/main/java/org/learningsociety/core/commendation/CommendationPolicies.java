package org.learningsociety.core.commendation;

import org.learningsociety.core.shared.Outcome;

/** The rules of commendations, each a named policy a test can exercise alone. */
public final class CommendationPolicies {

    private CommendationPolicies() {
    }

    /** A proposal is refused only with a reason, which the subject is told. */
    public static Outcome refusalGivesAReason(String reason) {
        return reason == null || reason.isBlank()
                ? Outcome.rejected("reason", reason, "Phải nêu lý do không khen thưởng")
                : Outcome.allowed();
    }
}
