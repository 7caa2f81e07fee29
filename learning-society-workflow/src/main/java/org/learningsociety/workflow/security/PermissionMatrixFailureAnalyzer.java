package org.learningsociety.workflow.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link PermissionMatrixException} as Spring Boot prints a failed start: what, then what to do. */
class PermissionMatrixFailureAnalyzer extends AbstractFailureAnalyzer<PermissionMatrixException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PermissionMatrixException cause) {
        return new FailureAnalysis(cause.getMessage(), "Write each learning-society.security.permissions.<role> with a "
                + "role of " + java.util.Arrays.stream(PermissionRole.values()).map(PermissionRole::slug).toList()
                + " and a comma-separated list of actions of " + java.util.Arrays.stream(
                        org.learningsociety.workflow.api.Action.values()).map(
                        org.learningsociety.workflow.api.Action::slug).toList()
                + " (docs/reliability.md, \"Roles and actions\").", cause);
    }
}
