package org.learningsociety.workflow.security;

import java.util.List;

/** The permission matrix's properties name a role or an action there is not: the application does not start. */
public class PermissionMatrixException extends IllegalStateException {

    private final List<String> problems;

    public PermissionMatrixException(List<String> problems) {
        super("The permission matrix (learning-society.security.permissions.*) is not valid: "
                + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each unknown role or action, with the property it stands in. */
    public List<String> problems() {
        return problems;
    }
}
