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
        "COMMUNITY, 5, 90, BANG_KHEN_PRIME_MINISTER",
        "FAMILY, 5, 89, BANG_KHEN_PROVINCE"
    })
    void namesTheHighestFormASubjectEarns(String model, int years, int total, String form) {
        ProcessEngine engine = extension.getProcessEngine();

        String result = engine.getDecisionService().evaluateDecisionTableByKey("learning-society.commendation-eligibility",
                Variables.createVariables().putValue("model", model).putValue("yearsRecognisedRunning", years)
                        .putValue("verifiedTotal", total))
                .getSingleEntry();

        assertThat(result).isEqualTo(form);
    }
}
