package org.learningsociety.workflow.officer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * An engine plugin for the cycles still running on a definition deployed by an earlier version of the
 * library, whose user tasks name their candidate group the old way ({@code ubnd:${unitCode}}): the engine
 * reads such an expression as the new one ({@code ubnd${unitCode}}), so each task the old definition creates
 * goes to the new group ({@code ubnd10507}), not to the old one the start-up upgrade
 * ({@link LegacyGroupsUpgrade}) has deleted. The engine parses a definition again whenever it loads it into
 * its cache, so the old versions get it too; the deployed XML is unchanged. Only the expressions the
 * library's earlier files wrote are read anew, exactly: a portal's own tasks and groups are left alone.
 */
public class LegacyCandidateGroups extends AbstractProcessEnginePlugin {

    /** The candidate group expressions of the library's earlier BPMN files: {@code <slug>:${unitCode|parentCode}}. */
    static final Pattern LEGACY_EXPRESSION = Pattern.compile("(hoi-khuyen-hoc|ubnd|thi-dua):(\\$\\{(unitCode|parentCode)})");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new RewritingLegacyExpressions(configuration));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** The expression that gives the new group id for a legacy one, or {@code null} if it is not one. */
    static String rewritten(String expressionText) {
        Matcher legacy = LEGACY_EXPRESSION.matcher(expressionText);
        if (!legacy.matches()) {
            return null;
        }
        return OfficerRole.ofSlug(legacy.group(1)).word() + legacy.group(2);
    }

    /** Replaces the legacy candidate group expressions of each user task. */
    static final class RewritingLegacyExpressions extends AbstractBpmnParseListener {

        private final ProcessEngineConfigurationImpl configuration;

        RewritingLegacyExpressions(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
                return;
            }
            Set<Expression> groups = behavior.getTaskDefinition().getCandidateGroupIdExpressions();
            for (Expression expression : List.copyOf(groups)) {
                String rewritten = rewritten(expression.getExpressionText());
                if (rewritten != null) {
                    groups.remove(expression);
                    groups.add(configuration.getExpressionManager().createExpression(rewritten));
                }
            }
        }
    }
}
