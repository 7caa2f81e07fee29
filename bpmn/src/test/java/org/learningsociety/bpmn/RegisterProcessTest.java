package org.learningsociety.bpmn;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/register.bpmn")
class RegisterProcessTest extends WindowProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @Override
    ProcessEngineExtension extension() {
        return extension;
    }

    @Override
    String processKey() {
        return "learning-society.register";
    }

    @Override
    String prefix() {
        return "registration";
    }

    @Override
    String batchTask() {
        return "registerBatch";
    }

    @Override
    String closeEarlyTask() {
        return "closeRegistrationEarly";
    }

    @Override
    String afterDeadline() {
        return "2026-03-01T00:00:00+07:00";
    }
}
