package org.learningsociety.workflow.cycle;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.learningsociety.core.campaign.CommuneRecognition;
import org.learningsociety.core.plan.Recognition;
import org.learningsociety.core.unit.BodyKind;

/**
 * {@code ${recognitionGroups}}: the candidate group of the recognition task, e.g.
 * {@code camunda:candidateGroups="${recognitionGroups.of(execution)}"} — the officers of the body the
 * plans name as recognising titles in the cycle's commune: its association ({@code hoikhuyenhoc10507})
 * where a plan says so (Thái Bình), else its People's Committee ({@code ubnd10507}). The core decides who;
 * this bean only reads the cycle's variables and names the group.
 */
public class RecognitionGroups {

    /** The bean name the BPMN expressions use. */
    public static final String BEAN_NAME = "recognitionGroups";

    private final CommuneRecognition recognition;

    public RecognitionGroups(CommuneRecognition recognition) {
        this.recognition = Objects.requireNonNull(recognition);
    }

    /** The candidate group of the scope's commune's recognition task. */
    public String of(VariableScope scope) {
        String commune = Variables.unitCode(scope);
        return groupOf(recognition.recogniserOf(commune, Variables.year(scope)), commune);
    }

    /** The group of {@code recognition}'s body in {@code unitCode}. */
    public static String groupOf(Recognition recognition, String unitCode) {
        return recognition.by() == BodyKind.ASSOCIATION ? CandidateGroups.association(unitCode)
                : CandidateGroups.peoplesCommittee(unitCode);
    }
}
