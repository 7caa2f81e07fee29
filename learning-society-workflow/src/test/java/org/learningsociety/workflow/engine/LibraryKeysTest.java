package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;

/** The keys the Java code names are exactly those the shipped files deploy, all in the library's namespace. */
class LibraryKeysTest {

    private final LibraryResources shipped = LibraryResources.load();

    private Set<String> keysOf(LibraryResources.Entry.Kind kind) {
        Set<String> keys = new LinkedHashSet<>();
        shipped.entries().stream().filter(e -> e.kind() == kind).forEach(e -> keys.addAll(e.keys()));
        return keys;
    }

    @Test
    void theConstantsAreTheKeysTheShippedFilesDeploy() {
        assertThat(keysOf(LibraryResources.Entry.Kind.PROCESS)).containsExactlyInAnyOrderElementsOf(
                LibraryKeys.PROCESSES);
        assertThat(keysOf(LibraryResources.Entry.Kind.FORM)).containsExactlyInAnyOrderElementsOf(LibraryKeys.FORMS);
        assertThat(keysOf(LibraryResources.Entry.Kind.DECISION)).containsExactlyInAnyOrderElementsOf(
                LibraryKeys.DECISIONS);
        Set<String> messages = new LinkedHashSet<>();
        shipped.entries().stream().filter(e -> e.kind() == LibraryResources.Entry.Kind.PROCESS)
                .forEach(e -> Bpmn.readModelFromStream(new ByteArrayInputStream(e.bytes()))
                        .getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName())));
        assertThat(messages).containsExactlyInAnyOrderElementsOf(LibraryKeys.MESSAGES);
    }

    @Test
    void everyKeyIsNamespacedAndKnowsItsPreviousSpelling() {
        assertThat(LibraryKeys.PROCESSES).allSatisfy(key -> assertThat(key).startsWith("learning-society."));
        assertThat(LibraryKeys.previous(LibraryKeys.REGISTER)).isEqualTo("register");
        assertThat(LibraryKeys.previous(LibraryKeys.REPORT_FORM)).isEqualTo("report");
        assertThat(LibraryKeys.renamedFrom("commendation-eligibility")).contains(LibraryKeys.COMMENDATION_ELIGIBILITY);
        assertThat(LibraryKeys.renamedFrom("ChildrenReported")).contains(LibraryKeys.CHILDREN_REPORTED);
        assertThat(LibraryKeys.renamedFrom("nghi-phep")).isEmpty();
        assertThatThrownBy(() -> LibraryKeys.previous("register")).isInstanceOf(IllegalArgumentException.class);
    }
}
