package org.learningsociety.bpmn;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the generated reporting BPMN files; runs only when asked ({@code -Dbpmn.generate=true}). */
@EnabledIfSystemProperty(named = "bpmn.generate", matches = "true")
class GenerateReportModels {

    @Test
    void writesTheReportModels() throws Exception {
        ReportModels.writeTo(Path.of("src/main/resources/bpmn"));
    }
}
