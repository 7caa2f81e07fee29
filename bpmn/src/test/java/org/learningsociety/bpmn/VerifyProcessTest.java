package org.learningsociety.bpmn;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/verify.bpmn")
class VerifyProcessTest extends WindowProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @Override
    ProcessEngineExtension extension() {
        return extension;
    }

    @Override
    String processKey() {
        return "learning-society.verify";
    }

    @Override
    String prefix() {
        return "verification";
    }

    @Override
    String batchTask() {
        return "verifyBatch";
    }

    @Override
    String closeEarlyTask() {
        return "closeVerificationEarly";
    }

    @Override
    String afterDeadline() {
        return "2026-11-01T00:00:00+07:00";
    }
}
