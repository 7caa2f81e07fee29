package org.learningsociety.bpmn;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/self-assess.bpmn")
class SelfAssessProcessTest extends WindowProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @Override
    ProcessEngineExtension extension() {
        return extension;
    }

    @Override
    String processKey() {
        return "learning-society.self-assess";
    }

    @Override
    String prefix() {
        return "selfAssessment";
    }

    @Override
    String batchTask() {
        return "selfAssessBatch";
    }

    @Override
    String closeEarlyTask() {
        return "closeSelfAssessmentEarly";
    }

    @Override
    String afterDeadline() {
        return "2026-10-01T00:00:00+07:00";
    }
}
