package org.learningsociety.workflow.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;

/**
 * The commendation rule in force as the latest deployed {@code commendation-eligibility} DMN table says it:
 * its rules (conditions, the form proposed, the description) and whether it is still the shipped
 * placeholder. The shipped table's thresholds (years recognised in a row, points) are in no seed: its
 * decision's description starts with {@link #PLACEHOLDER}; a province deploying its own version without
 * that marker makes the rule its own.
 */
public class CommendationRuleInForce {

    /** The marker of a table whose thresholds are not the province's: the first word of its description. */
    public static final String PLACEHOLDER = "PLACEHOLDER";

    private final RepositoryService repository;

    public CommendationRuleInForce(RepositoryService repository) {
        this.repository = Objects.requireNonNull(repository);
    }

    /** One row of the table: its conditions in the inputs' order, the form it proposes, its description. */
    public record RuleRow(List<String> conditions, String form, String description, boolean placeholder) { }

    /**
     * The rule: {@code placeholder} while the deployed table (or a row) is marked so.
     *
     * @param version the deployed version read; 0 when no table is deployed
     */
    public record Rule(String decisionKey, int version, boolean placeholder, String description, List<String> inputs,
            List<RuleRow> rows) { }

    /** The latest deployed version's rule; an empty, placeholder rule when none is deployed. */
    public Rule current() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(DmnCommendationEligibility.DECISION_KEY).withoutTenantId().latestVersion()
                .singleResult();
        if (definition == null) {
            return new Rule(DmnCommendationEligibility.DECISION_KEY, 0, true, null, List.of(), List.of());
        }
        DmnModelInstance model = org.camunda.bpm.model.dmn.Dmn.readModelFromStream(
                repository.getDecisionModel(definition.getId()));
        Decision decision = model.getModelElementById(definition.getKey());
        String description = text(decision == null ? null : decision.getDescription());
        boolean placeholder = marked(description);
        List<String> inputs = new ArrayList<>();
        List<RuleRow> rows = new ArrayList<>();
        DecisionTable table = decision == null ? null
                : decision.getChildElementsByType(DecisionTable.class).stream().findFirst().orElse(null);
        if (table != null) {
            table.getInputs().forEach(input -> inputs.add(input.getLabel()));
            for (org.camunda.bpm.model.dmn.instance.Rule rule : table.getRules()) {
                List<String> conditions = new ArrayList<>();
                for (InputEntry entry : rule.getInputEntries()) {
                    conditions.add(textOf(entry.getText()));
                }
                String output = rule.getOutputEntries().isEmpty() ? null
                        : textOf(rule.getOutputEntries().iterator().next().getText());
                String ruleDescription = text(rule.getDescription());
                boolean rowPlaceholder = marked(ruleDescription);
                placeholder |= rowPlaceholder;
                rows.add(new RuleRow(conditions, output == null ? null : output.replace("\"", ""), ruleDescription,
                        rowPlaceholder));
            }
        }
        return new Rule(definition.getKey(), definition.getVersion(), placeholder, description, inputs, rows);
    }

    private static boolean marked(String description) {
        return description != null && description.strip().toUpperCase(Locale.ROOT).startsWith(PLACEHOLDER);
    }

    private static String text(Description description) {
        return description == null ? null : description.getTextContent().strip();
    }

    private static String textOf(Text text) {
        return text == null ? "" : text.getTextContent().strip();
    }
}
