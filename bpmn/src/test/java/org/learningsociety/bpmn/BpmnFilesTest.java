package org.learningsociety.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every deployed BPMN opens in Modeler (full DI), keeps its history for a time, and is executable. The
 * files are the one source of the processes: administrators edit them in Camunda Modeler; no generator
 * writes them.
 */
class BpmnFilesTest {

    static final Path BPMN = Path.of("src/main/resources/bpmn");
    static final Path FORMS = Path.of("src/main/resources/forms");

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(BPMN)) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static BpmnModelInstance read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyElementHasItsShapeOrEdge(Path file) throws IOException {
        BpmnModelInstance model = read(file);
        Set<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edged = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());

        assertThat(ids(model.getModelElementsByType(FlowNode.class))).isNotEmpty().isSubsetOf(shaped);
        assertThat(ids(model.getModelElementsByType(SequenceFlow.class))).isNotEmpty().isSubsetOf(edged);
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyProcessIsExecutableAndKeepsItsHistoryForATime(Path file) throws IOException {
        for (Process process : read(file).getModelElementsByType(Process.class)) {
            assertThat(process.isExecutable()).as(process.getId()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyUserTaskHasAFormThatExistsAndCandidateGroups(Path file) throws IOException {
        for (UserTask task : read(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("latest");
            assertThat(FORMS.resolve(task.getCamundaFormRef() + ".form")).as(task.getId()).exists();
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
        }
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }
}
