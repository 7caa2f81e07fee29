package org.learningsociety.workflow.cycle;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.learningsociety.core.campaign.CampaignBatches;
import org.learningsociety.core.campaign.CommuneRecognition;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.campaign.TaskTitles;
import org.learningsociety.core.commendation.CommendationPolicies;
import org.learningsociety.core.registration.ClosingWithoutSelfAssessment;
import org.learningsociety.core.shared.LearningSocietyException;
import org.learningsociety.core.shared.Outcome;
import org.learningsociety.core.subject.LearningModel;

/**
 * The one listener of the cycle's user tasks ({@code ${cycleTaskListener}}). On create it names the
 * task from the core's counts; on complete it refuses, with a Vietnamese message, a task whose
 * inputs are missing or invalid or whose batch the core says is not done — the task stays open. On
 * create, assignment and update of a village's, commune's or recognition task it names the task
 * again from the counts (a title is not frozen at creation) and has the {@link TaskWorkListener}
 * refresh what the form shows of the batch.
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

    /** The tasks whose form shows its batch's subjects or the recognition's lists. */
    static final java.util.Set<String> SHOWING_WORK = java.util.Set.of(
            "registerBatch", "selfAssessBatch", "verifyBatch", "recogniseCommune");

    private final TaskTitles titles;
    private final CampaignBatches batches;
    private final TaskListener work;
    private final ClosingWithoutSelfAssessment closing;
    private final CommuneRecognition recognition;

    public CycleTaskListener(TaskTitles titles, CampaignBatches batches) {
        this(titles, batches, null, null, null);
    }

    public CycleTaskListener(TaskTitles titles, CampaignBatches batches, TaskListener work,
            ClosingWithoutSelfAssessment closing) {
        this(titles, batches, work, closing, null);
    }

    /**
     * With {@code work} (may be null) refreshing what the forms show of the batch, {@code closing} (may
     * be null) recording, when a village's self-assessment task completes with a reason in
     * {@value CycleVariables#NOT_SELF_ASSESSED_REASON}, the subjects that never self-assessed, and
     * {@code recognition} (may be null) refusing to close the commune's recognition task when the decision
     * it leads to would be refused (none earns the title, or a sample criteria set not declared official),
     * so that the officer reads why in Tasklist instead of the decision failing afterwards.
     */
    public CycleTaskListener(TaskTitles titles, CampaignBatches batches, TaskListener work,
            ClosingWithoutSelfAssessment closing, CommuneRecognition recognition) {
        this.titles = Objects.requireNonNull(titles);
        this.batches = Objects.requireNonNull(batches);
        this.work = work;
        this.closing = closing;
        this.recognition = recognition;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            String event = task.getEventName();
            boolean refresh = EVENTNAME_ASSIGNMENT.equals(event) || EVENTNAME_UPDATE.equals(event);
            if (EVENTNAME_CREATE.equals(event) || refresh && PHASES.containsKey(task.getTaskDefinitionKey())) {
                named(task);
            }
            if (work != null && SHOWING_WORK.contains(task.getTaskDefinitionKey())
                    && (EVENTNAME_CREATE.equals(event) || refresh)) {
                work.notify(task);
            }
            if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
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
        String name = titles.taskName(phase, Variables.model(task), batchOf(task), Variables.year(task));
        if ("approveCommendations".equals(task.getTaskDefinitionKey())
                && task.getVariable(CycleVariables.FORM) instanceof String form
                && task.getVariable(CycleVariables.FORM_NAMES) instanceof java.util.Map<?, ?> names
                && names.get(form) != null) {
            name = name + " – " + names.get(form);
        }
        task.setName(name);
    }

    private void completed(DelegateTask task) {
        String key = task.getTaskDefinitionKey();
        if (key.startsWith("close") && key.endsWith("Early")) {
            Variables.requiredText(task, CycleVariables.CLOSE_REASON, "lý do đóng sớm");
            return;
        }
        switch (key) {
            case "recogniseCommune" -> {
                requireDecision(task);
                if (recognition != null && recognition.mayRecogniseCommune(Variables.year(task), Variables.model(task),
                        Variables.unitCode(task)) instanceof Outcome.Rejected refused) {
                    throw new TaskRefusedException(refused.reason());
                }
            }
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
        if (phase == CyclePhase.SELF_ASSESSMENT && closing != null) {
            Object reason = task.getVariable(CycleVariables.NOT_SELF_ASSESSED_REASON);
            if (reason != null && !reason.toString().isBlank()) {
                closing.closeNeverSelfAssessed(batches.unitsOfBatch(batchOf(task), Variables.year(task)),
                        Variables.year(task), Variables.model(task), reason.toString());
            }
        }
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
