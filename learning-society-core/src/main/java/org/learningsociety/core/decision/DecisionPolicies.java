package org.learningsociety.core.decision;

import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.unit.AdministrativeUnit;

/** The rules of issuing a decision, each a named policy a test can exercise alone. */
public final class DecisionPolicies {

    private DecisionPolicies() {
    }

    /**
     * A decision's number is used once by its issuing unit in the cycle of its year (numbers restart
     * each year). The database's unique key refuses a number taken at the same moment by another.
     */
    public static Outcome numberUnused(Decisions decisions, AdministrativeUnit issuer, Decision decision) {
        return decisions.findByNumber(issuer.id(), decision.year(), decision.number()).isEmpty() ? Outcome.allowed()
                : Outcome.rejected("decisionNumber", decision.number(), "Số quyết định đã được dùng tại " + issuer.name());
    }
}
