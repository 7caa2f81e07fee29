package org.learningsociety.bpmn;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the generated BPMN files; runs only when asked ({@code -Dbpmn.generate=true}). */
@EnabledIfSystemProperty(named = "bpmn.generate", matches = "true")
class GenerateCycleModels {

    @Test
    void writesTheCycleModels() throws Exception {
        CycleModels.writeTo(Path.of("src/main/resources/bpmn"));
    }
}
