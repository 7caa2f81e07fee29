package org.learningsociety.workflow.report;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.learningsociety.core.plan.ReportChain;
import org.learningsociety.workflow.cycle.CandidateGroups;

/**
 * {@code ${reportGroups}}: the officers of a report's chain, as the report processes' user tasks name
 * them ({@code camunda:candidateGroups="${reportGroups.submitting(execution)}"} and
 * {@code "${reportGroups.reviewing(execution)}"}). The association's chain is submitted and reviewed by
 * the Hội Khuyến học's groups ({@code hoikhuyenhoc<code>}), the state's by the People's Committee's
 * ({@code ubnd<code>}). A process that names no chain (one started, or moved onto these definitions,
 * before reports had chains) is the state's, so its tasks go where they always went.
 */
public class ReportGroups {

    /** The group that submits the report: the chain's officers of the unit ({@code unitCode}). */
    public String submitting(VariableScope scope) {
        return of(ReportVariables.chain(scope), ReportVariables.text(scope, ReportVariables.UNIT_CODE, "mã đơn vị"));
    }

    /** The group that reviews it: the chain's officers of the level above ({@code parentCode}). */
    public String reviewing(VariableScope scope) {
        return of(ReportVariables.chain(scope), ReportVariables.text(scope, ReportVariables.PARENT_CODE,
                "mã đơn vị cấp trên"));
    }

    static String of(ReportChain chain, String unitCode) {
        return chain == ReportChain.ASSOCIATION ? CandidateGroups.association(unitCode)
                : CandidateGroups.peoplesCommittee(unitCode);
    }
}
