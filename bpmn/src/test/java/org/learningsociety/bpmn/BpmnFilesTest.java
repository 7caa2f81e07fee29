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
import org.camunda.bpm.engine.impl.util.JsonUtil;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every deployed BPMN opens in Modeler (full DI), keeps its history for a time, is executable, and names
 * every key it deploys or refers to in the library's namespace ({@code learning-society.}). The
 * files are the one source of the processes: administrators edit them in Camunda Modeler; no generator
 * writes them.
 */
class BpmnFilesTest {

    static final Path BPMN = Path.of("src/main/resources/bpmn");
    static final Path FORMS = Path.of("src/main/resources/forms");
    static final String NAMESPACE = "learning-society.";

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
            assertThat(formIds()).as(task.getId()).contains(task.getCamundaFormRef());
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
        }
    }

    /**
     * A portal's engine holds its own definitions beside the library's: every key the library deploys
     * (process, called process, form, decision, message, and signal, error or escalation if one is
     * added) is namespaced, so that a portal's {@code register} or {@code report} never meets it.
     */
    @ParameterizedTest
    @MethodSource("models")
    void everyKeyTheLibraryDeploysOrReferencesIsNamespaced(Path file) throws IOException {
        BpmnModelInstance model = read(file);
        List<String> keys = new java.util.ArrayList<>();
        model.getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
        model.getModelElementsByType(CallActivity.class).forEach(c -> keys.add(c.getCalledElement()));
        model.getModelElementsByType(UserTask.class).forEach(t -> keys.add(t.getCamundaFormRef()));
        model.getModelElementsByType(BusinessRuleTask.class).forEach(t -> keys.add(t.getCamundaDecisionRef()));
        model.getModelElementsByType(Message.class).forEach(m -> keys.add(m.getName()));
        model.getModelElementsByType(Signal.class).forEach(m -> keys.add(m.getName()));
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class)
                .forEach(e -> keys.add(e.getErrorCode()));
        model.getModelElementsByType(Escalation.class).forEach(e -> keys.add(e.getEscalationCode()));

        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).startsWith(NAMESPACE));
    }

    @Test
    void everyFormAndDecisionIsNamespaced() throws IOException {
        assertThat(formIds()).hasSize(8).allSatisfy(id -> assertThat(id).startsWith(NAMESPACE));
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/dmn/commendation-eligibility.dmn"))) {
            assertThat(Dmn.readModelFromStream(in).getModelElementsByType(Decision.class)).extracting(Decision::getId)
                    .containsExactly(NAMESPACE + "commendation-eligibility");
        }
    }

    /** The ids of the Camunda Forms, as {@code camunda:formRef} names them. */
    static Set<String> formIds() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(p -> p.toString().endsWith(".form")).map(p -> {
                try {
                    return JsonUtil.getString(JsonUtil.asObject(Files.readString(p)), "id");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toSet());
        }
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }
}
