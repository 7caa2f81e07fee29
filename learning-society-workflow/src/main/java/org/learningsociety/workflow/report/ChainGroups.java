package org.learningsociety.workflow.report;

import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.workflow.cycle.CandidateGroups;

/**
 * The officers of a chain in a unit: the association's chain is submitted and reviewed by the Hội
 * Khuyến học's groups ({@code hoikhuyenhoc<code>}), the state's by the People's Committee's
 * ({@code ubnd<code>}).
 */
final class ChainGroups {

    private ChainGroups() {
    }

    static String of(ReportChain chain, String unitCode) {
        return chain == ReportChain.ASSOCIATION ? CandidateGroups.association(unitCode)
                : CandidateGroups.peoplesCommittee(unitCode);
    }
}
