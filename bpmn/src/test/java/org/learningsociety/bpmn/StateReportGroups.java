package org.learningsociety.bpmn;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process tests' {@code ${reportGroups}}: the state chain's officers, {@code ubnd<unitCode>} submitting and
 * {@code ubnd<parentCode>} reviewing, as the starter's {@code ReportGroups} names them for the state's chain.
 */
public class StateReportGroups {

    public String submitting(VariableScope scope) {
        return "ubnd" + scope.getVariable("unitCode");
    }

    public String reviewing(VariableScope scope) {
        return "ubnd" + scope.getVariable("parentCode");
    }
}
