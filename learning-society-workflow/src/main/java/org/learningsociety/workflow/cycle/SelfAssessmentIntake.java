package org.learningsociety.workflow.cycle;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.SelfAssessmentWindow;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * Takes self-assessments from the portal for a cycle and records them as late when the cycle's
 * self-assessment window has already closed (at its timer or early): late ones are kept, marked. The
 * REST API and a village's list ask it the same question, as the core's {@link SelfAssessmentWindow}.
 */
public class SelfAssessmentIntake implements SelfAssessmentWindow {

    private final HistoryService history;
    private final SelfAssessing selfAssessing;

    public SelfAssessmentIntake(HistoryService history, SelfAssessing selfAssessing) {
        this.history = Objects.requireNonNull(history);
        this.selfAssessing = Objects.requireNonNull(selfAssessing);
    }

    /** Whether the self-assessment window of the cycle {@code businessKey} has closed. */
    public boolean windowClosed(String businessKey) {
        return closed(CycleKey.parse(businessKey));
    }

    /** Whether the self-assessment window of {@code cycle} has closed. */
    public boolean closed(CycleKey cycle) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(LibraryKeys.withPrevious(LibraryKeys.SELF_ASSESS))
                .processInstanceBusinessKey(cycle.businessKey()).finished().count() > 0;
    }

    /** Whether the window of the commune's cycle for {@code model} and {@code year} has closed (a village's list). */
    @Override
    public boolean closed(LearningModel model, int year, String communeCode) {
        return windowClosed(new CycleKey(model, year, communeCode).businessKey());
    }

    /** Records {@code assessments}; returns whether they were late. */
    public boolean submit(String businessKey, List<SelfAssessment> assessments) {
        boolean late = windowClosed(businessKey);
        selfAssessing.selfAssessAll(assessments, late);
        return late;
    }
}
