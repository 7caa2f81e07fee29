package org.learningsociety.bpmn;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Stands in for the workflow's {@code recognitionGroups} bean in the process tests: the plans name a
 * body per commune; here it is the People's Committee ({@code ubnd<unitCode>}) unless the test names
 * the association, as Thái Bình's plan does.
 */
public final class RecognisingBody {

    private final String roleWord;

    private RecognisingBody(String roleWord) {
        this.roleWord = roleWord;
    }

    /** The People's Committee recognises, the library's default where no plan says. */
    public static RecognisingBody peoplesCommittee() {
        return new RecognisingBody("ubnd");
    }

    /** The association recognises, as Thái Bình's plan says. */
    public static RecognisingBody association() {
        return new RecognisingBody("hoikhuyenhoc");
    }

    public String of(VariableScope scope) {
        return roleWord + scope.getVariable("unitCode");
    }
}
