package org.learningsociety.workflow.engine;

import java.util.List;

/** An edited cycle definition the {@link DeploymentGuard} refused, with every problem it found. */
public class DeploymentRefusedException extends RuntimeException {

    private final List<String> problems;

    public DeploymentRefusedException(List<String> problems) {
        super("Không triển khai quy trình đã sửa: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
