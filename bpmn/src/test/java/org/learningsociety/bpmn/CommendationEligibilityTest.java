package org.learningsociety.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Deployment(resources = "dmn/commendation-eligibility.dmn")
class CommendationEligibilityTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @ParameterizedTest
    @CsvSource({
        "FAMILY, 1, 100, NONE",
        "FAMILY, 2, 80, GIAY_KHEN",
        "FAMILY, 2, 79, NONE",
        "CLAN, 3, 85, BANG_KHEN_PROVINCE",
        "FAMILY, 4, 84, GIAY_KHEN",
        "COMMUNITY, 10, 100, BANG_KHEN_PROVINCE",
        "FAMILY, 5, 89, BANG_KHEN_PROVINCE"
    })
    void namesTheHighestYearlyFormASubjectEarnsNeverThePrimeMinisters(String model, int years, int total, String form) {
        ProcessEngine engine = extension.getProcessEngine();

        String result = engine.getDecisionService().evaluateDecisionTableByKey("learning-society.commendation-eligibility",
                Variables.createVariables().putValue("model", model).putValue("yearsRecognisedRunning", years)
                        .putValue("verifiedTotal", total))
                .getSingleEntry();

        assertThat(result).isEqualTo(form);
    }

    @org.junit.jupiter.api.Test
    void theShippedTableIsMarkedAPlaceholderInTheFileItselfAndInEachThresholdRow() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream("dmn/commendation-eligibility.dmn")) {
            var model = org.camunda.bpm.model.dmn.Dmn.readModelFromStream(in);
            var decision = (org.camunda.bpm.model.dmn.instance.Decision) model.getModelElementById(
                    "learning-society.commendation-eligibility");

            assertThat(decision.getDescription().getTextContent()).startsWith("PLACEHOLDER — not in the seeds");
            var table = decision.getChildElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)
                    .iterator().next();
            assertThat(table.getRules()).filteredOn(rule -> !rule.getInputEntries().stream()
                    .allMatch(entry -> entry.getText().getTextContent().isBlank()))
                    .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).startsWith("PLACEHOLDER"));
        }
    }
}
