package org.learningsociety.core.commendation;

import org.learningsociety.core.shared.Outcome;

/** The rules of commendations, each a named policy a test can exercise alone. */
public final class CommendationPolicies {

    private CommendationPolicies() {
    }

    /** A proposal is refused only with a reason, which the subject is told. */
    public static Outcome refusalGivesAReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Outcome.rejected("reason", reason, "Phải nêu lý do không khen thưởng");
        }
        return reason.length() > 2000 ? Outcome.rejected("reason", reason.length() + " ký tự",
                "Lý do không khen thưởng tối đa 2000 ký tự") : Outcome.allowed();
    }
}
