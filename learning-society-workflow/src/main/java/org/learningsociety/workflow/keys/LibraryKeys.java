package org.learningsociety.workflow.keys;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every key the library deploys into the engine, in one place: its processes, Camunda Forms, decision
 * and message names, each namespaced {@value #NAMESPACE}{@code <key>} so that they never meet a portal's
 * own {@code register}, {@code report} or {@code ChildrenReported} in an engine both share. The BPMN, DMN
 * and form files of the {@code bpmn} module carry the same strings (a test compares them).
 *
 * <p>Earlier versions deployed the keys without the namespace; {@link #previous(String)} names a key's
 * earlier spelling, by which {@code CycleMigration.migrateRenamedKeys()} (in the engine package) finds the
 * running instances to move, and the queries of finished cycles those that ended before the upgrade.
 */
public final class LibraryKeys {

    /** The prefix of every key the library deploys. */
    public static final String NAMESPACE = "learning-society.";

    /** A commune's yearly cycle: calls the five processes below in turn, then the commune's report. */
    public static final String ANNUAL_CYCLE = NAMESPACE + "annual-cycle";
    /** Registration window of a cycle, one task per village. */
    public static final String REGISTER = NAMESPACE + "register";
    /** Self-assessment window of a cycle, one task per village. */
    public static final String SELF_ASSESS = NAMESPACE + "self-assess";
    /** Verification window of a cycle, one task per village. */
    public static final String VERIFY = NAMESPACE + "verify";
    /** Recognition by the commune's People's Committee. */
    public static final String RECOGNISE = NAMESPACE + "recognise";
    /** Commendation proposals and decisions. */
    public static final String COMMEND = NAMESPACE + "commend";
    /** A unit's yearly report to the level above. */
    public static final String YEARLY_REPORT = NAMESPACE + "yearly-report";
    /** The 5-year review (sơ kết) 2021–2025. */
    public static final String REVIEW_2025 = NAMESPACE + "review-2025";
    /** The 10-year review (tổng kết) 2021–2030. */
    public static final String REVIEW_2030 = NAMESPACE + "review-2030";

    /** Form of the commune's yearly report task of the cycle. */
    public static final String REPORT_FORM = NAMESPACE + "report";
    /** Form closing a window early. */
    public static final String CLOSE_EARLY_FORM = NAMESPACE + "close-early";
    /** Form confirming a village's batch. */
    public static final String BATCH_CONFIRMATION_FORM = NAMESPACE + "batch-confirmation";
    /** Form of the recognition decision. */
    public static final String RECOGNITION_DECISION_FORM = NAMESPACE + "recognition-decision";
    /** Form of the commendation decision. */
    public static final String COMMENDATION_DECISION_FORM = NAMESPACE + "commendation-decision";
    /** Form of a review's honouring proposal. */
    public static final String HONOURING_PROPOSAL_FORM = NAMESPACE + "honouring-proposal";
    /** Form submitting a report. */
    public static final String REPORT_SUBMISSION_FORM = NAMESPACE + "report-submission";
    /** Form reviewing a child unit's report. */
    public static final String REPORT_REVIEW_FORM = NAMESPACE + "report-review";

    /** The decision table proposing a commendation form. */
    public static final String COMMENDATION_ELIGIBILITY = NAMESPACE + "commendation-eligibility";

    /** The message a report process waits for until its children have reported. */
    public static final String CHILDREN_REPORTED = NAMESPACE + "ChildrenReported";

    /** The processes of a commune's cycle, the called ones first (their deadlines' order), then the cycle. */
    public static final List<String> CYCLE_PROCESSES = List.of(REGISTER, SELF_ASSESS, VERIFY, RECOGNISE, COMMEND,
            ANNUAL_CYCLE);

    /** The reporting processes: a year's report and the two reviews. */
    public static final List<String> REPORT_PROCESSES = List.of(YEARLY_REPORT, REVIEW_2025, REVIEW_2030);

    /** Every process the library deploys. */
    public static final List<String> PROCESSES = Stream.concat(CYCLE_PROCESSES.stream(),
            REPORT_PROCESSES.stream()).toList();

    /** Every Camunda Form the library deploys. */
    public static final List<String> FORMS = List.of(REPORT_FORM, CLOSE_EARLY_FORM, BATCH_CONFIRMATION_FORM,
            RECOGNITION_DECISION_FORM, COMMENDATION_DECISION_FORM, HONOURING_PROPOSAL_FORM, REPORT_SUBMISSION_FORM,
            REPORT_REVIEW_FORM);

    /** Every decision the library deploys. */
    public static final List<String> DECISIONS = List.of(COMMENDATION_ELIGIBILITY);

    /** Every message name the library's processes wait for. */
    public static final List<String> MESSAGES = List.of(CHILDREN_REPORTED);

    private static final Map<String, String> BY_PREVIOUS = Stream.of(PROCESSES, FORMS, DECISIONS, MESSAGES)
            .flatMap(List::stream).collect(Collectors.toUnmodifiableMap(LibraryKeys::previous, Function.identity()));

    private LibraryKeys() {
    }

    /** The spelling {@code key} had before the keys were namespaced: {@code register} for {@link #REGISTER}. */
    public static String previous(String key) {
        if (!isLibrarys(key)) {
            throw new IllegalArgumentException("Not a key of learning-society: " + key);
        }
        return key.substring(NAMESPACE.length());
    }

    /** The library's key that was spelled {@code previousKey} before the namespace, if any. */
    public static Optional<String> renamedFrom(String previousKey) {
        return Optional.ofNullable(BY_PREVIOUS.get(previousKey));
    }

    /** Whether {@code key} is in the library's namespace. */
    public static boolean isLibrarys(String key) {
        return key != null && key.startsWith(NAMESPACE);
    }

    /** {@code key} and its previous spelling, for queries of history that reaches back before the rename. */
    public static String[] withPrevious(String key) {
        return new String[] {key, previous(key)};
    }
}
