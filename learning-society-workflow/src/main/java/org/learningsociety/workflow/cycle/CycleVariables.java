package org.learningsociety.workflow.cycle;

/** The names of the process variables the cycle's BPMN, forms and delegates share. */
public final class CycleVariables {

    /** The learning model, an enum name of {@code LearningModel} (e.g. {@code FAMILY}). */
    public static final String MODEL = "model";
    /** The year of the cycle (an integer). */
    public static final String YEAR = "year";
    /** The 5-digit code of the commune the cycle runs in. */
    public static final String UNIT_CODE = "unitCode";
    /** The codes of the batches (villages, or the commune) the multi-instance tasks run over. */
    public static final String BATCHES = "batches";
    /** The element variable of a batch task: the code of its village or commune. */
    public static final String BATCH_CODE = "batchCode";
    /** The batch form's count of the records the officer reviewed (a number). */
    public static final String REVIEWED_COUNT = "reviewedCount";
    /** The batch form's confirmation that the batch is done (a boolean). */
    public static final String BATCH_CONFIRMED = "batchConfirmed";
    /** The batch form's note. */
    public static final String BATCH_NOTE = "batchNote";
    public static final String CLOSE_REASON = "closeReason";
    /**
     * Why the village's subjects still only registered never self-assessed: entered in the village's
     * self-assessment task, it closes their years as not recognised when the task completes.
     */
    public static final String NOT_SELF_ASSESSED_REASON = "notSelfAssessedReason";
    public static final String DECISION_NUMBER = "decisionNumber";
    /** An ISO date ({@code 2026-11-20}), as Camunda Forms' date field submits it. */
    public static final String DECISION_DATE = "decisionDate";
    public static final String SIGNER = "signer";
    public static final String RECOGNISED_COUNT = "recognisedCount";
    public static final String NOT_RECOGNISED_COUNT = "notRecognisedCount";
    public static final String PROPOSAL_COUNT = "proposalCount";
    /** The forms proposed, the plan's form codes; the approval subprocess runs over them. */
    public static final String PROPOSED_FORMS = "proposedForms";
    /** Form name to the ids of its proposals. */
    public static final String PROPOSALS = "proposals";
    /** Form name to the candidate group that approves it. */
    public static final String APPROVER_GROUPS = "approverGroups";
    /** The element variable of the approval subprocess: the form being decided. */
    public static final String FORM = "form";

    /** The name the plan in force gives each form proposed, by code: the approval task names its form. */
    public static final String FORM_NAMES = "formNames";
    public static final String APPROVED = "approved";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String PROVINCE_CODE = "provinceCode";
    public static final String REPORT_NUMBER = "reportNumber";
    public static final String REPORT_DATE = "reportDate";

    private CycleVariables() {
    }
}
