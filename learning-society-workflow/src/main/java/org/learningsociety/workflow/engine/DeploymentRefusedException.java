package org.learningsociety.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;

/**
 * An edited cycle definition the {@link DeploymentGuard} refused, with every problem it found. A
 * {@link ParseException}, as the engine's own refusal of a file it cannot parse: the engine's REST API
 * answers it with a 400 whose {@code message} is this one and whose {@code details} list each problem
 * under the file, which Camunda Modeler shows when its Deploy button is refused.
 */
public class DeploymentRefusedException extends ParseException {

    /** The name under which the problems are listed when no file is named. */
    static final String NO_FILE = "learning-society";

    private final List<String> problems;

    public DeploymentRefusedException(List<String> problems) {
        this(problems, NO_FILE);
    }

    /** @param resource the file the problems are listed under, as the deployment names it */
    public DeploymentRefusedException(List<String> problems, String resource) {
        super("Không triển khai quy trình đã sửa: " + String.join("; ", problems), resource == null ? NO_FILE : resource,
                problems.stream().map(Refusal::new).map(Problem.class::cast).toList(), List.of());
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    /** One problem as the engine reports a parse error: no line, no element. */
    private record Refusal(String getMessage) implements Problem {

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return null;
        }

        @Override
        public List<String> getElementIds() {
            return List.of();
        }
    }
}
