package org.learningsociety.workflow.cycle;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.campaign.TaskTitles;
import org.learningsociety.core.commendation.CommendationPolicies;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;

/**
 * The one listener of the cycle's user tasks ({@code ${cycleTaskListener}}). On create it names the
 * task from the core's counts; on complete it refuses, with a Vietnamese message, a task whose
 * inputs are missing or invalid or whose batch the core says is not done — the task stays open.
 */
public class CycleTaskListener implements TaskListener {

    /** The phase of each batch task, by task definition key. */
    static final Map<String, CyclePhase> PHASES = Map.of(
            "registerBatch", CyclePhase.REGISTRATION,
            "selfAssessBatch", CyclePhase.SELF_ASSESSMENT,
            "verifyBatch", CyclePhase.VERIFICATION,
            "recogniseCommune", CyclePhase.RECOGNITION,
            "approveCommendations", CyclePhase.COMMENDATION,
            "submitReport", CyclePhase.REPORT,
            "submitLateReport", CyclePhase.REPORT);

    private final TaskTitles titles;
    private final CampaignBatches batches;

    public CycleTaskListener(TaskTitles titles, CampaignBatches batches) {
        this.titles = Objects.requireNonNull(titles);
        this.batches = Objects.requireNonNull(batches);
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            if (EVENTNAME_CREATE.equals(task.getEventName())) {
                named(task);
            } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
                completed(task);
            }
        } catch (LearningSocietyException e) {
            throw new TaskRefusedException(e.getMessage());
        }
    }

    private void named(DelegateTask task) {
        CyclePhase phase = PHASES.get(task.getTaskDefinitionKey());
        if (phase == null) {
            task.setName(task.getName() + " – " + Variables.model(task).title() + " năm " + Variables.year(task));
            return;
        }
        task.setName(titles.taskName(phase, Variables.model(task), batchOf(task), Variables.year(task)));
    }

    private void completed(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if (key.startsWith("close") && key.endsWith("Early")) {
            Variables.requiredText(task, CycleVariables.CLOSE_REASON, "lý do đóng sớm");
            return;
        }
        switch (key) {
            case "recogniseCommune" -> requireDecision(task);
            case "approveCommendations" -> {
                requireDecision(task);
                if (!Variables.requiredBoolean(task, CycleVariables.APPROVED, "kết quả xét duyệt")
                        && CommendationPolicies.refusalGivesAReason(reasonOf(task)) instanceof Outcome.Rejected no) {
                    throw new TaskRefusedException(no.reason());
                }
                return;
            }
            case "submitReport", "submitLateReport" -> {
                Variables.requiredText(task, CycleVariables.REPORT_NUMBER, "số báo cáo");
                Variables.requiredDate(task, CycleVariables.REPORT_DATE, "ngày báo cáo");
                return;
            }
            default -> { }
        }
        CyclePhase phase = PHASES.get(key);
        if (phase != null) {
            LearningModel model = Variables.model(task);
            Outcome outcome = batches.batchCompletion(phase, model, batchOf(task), Variables.year(task));
            if (outcome instanceof Outcome.Rejected rejected) {
                throw new TaskRefusedException(rejected.reason());
            }
        }
    }

    private static void requireDecision(DelegateTask task) {
        Variables.requiredText(task, CycleVariables.DECISION_NUMBER, "số quyết định");
        Variables.requiredDate(task, CycleVariables.DECISION_DATE, "ngày ký quyết định");
        Variables.requiredText(task, CycleVariables.SIGNER, "người ký quyết định");
    }

    private static String reasonOf(DelegateTask task) {
        Object reason = task.getVariable(CycleVariables.REFUSAL_REASON);
        return reason == null ? null : reason.toString();
    }

    private static String batchOf(DelegateTask task) {
        Object batch = task.getVariable(CycleVariables.BATCH_CODE);
        return batch != null ? batch.toString() : Variables.unitCode(task);
    }
}
