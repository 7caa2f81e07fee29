package org.learningsociety.workflow.engine;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelParseException;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.workflow.keys.LibraryKeys;

/**
 * Checks edited cycle definitions before they are deployed: the elements the library relies on are
 * still there (by id), every plain timer value parses as ISO 8601, the windows with plain dates close
 * in order and within the plan year, and a {@code ${cycleDeadlines.closes(execution, '…')}} timer names
 * a window of the cycle. Other expressions are resolved at run time and not checked. A cycle process
 * under the key it had before the library's keys were namespaced ({@link LibraryKeys#previous(String)}),
 * an administrator's file from before the upgrade, is refused: the cycle would never call it. Refuses
 * with a Vietnamese message naming every problem.
 */
public class DeploymentGuard {

    /** The source of the deployments this guard makes of an administrator's edited files. */
    public static final String SOURCE = "learning-society-deployment-guard";

    /** The elements each process must keep, by process key: delegates, listeners and tests rely on them. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            LibraryKeys.REGISTER, List.of("prepareBatches", "registrationWindow", "registerBatch",
                    "closeRegistrationEarly", "registrationWindowCloses"),
            LibraryKeys.SELF_ASSESS, List.of("prepareBatches", "selfAssessmentWindow", "selfAssessBatch",
                    "closeSelfAssessmentEarly", "selfAssessmentWindowCloses"),
            LibraryKeys.VERIFY, List.of("prepareBatches", "verificationWindow", "verifyBatch",
                    "closeVerificationEarly", "verificationWindowCloses"),
            LibraryKeys.RECOGNISE, List.of("recognitionWindow", "recogniseCommune", "issueRecognition",
                    "recognitionWindowCloses"),
            LibraryKeys.COMMEND, List.of("proposeCommendations", "commendationApproval", "approveCommendations",
                    "decideCommendations"),
            LibraryKeys.ANNUAL_CYCLE, List.of("registration", "selfAssessment", "verification", "recognition",
                    "commendation", "submitReport", "reportDeadline"));

    /** The timers closing the windows, in the order the year runs through them. */
    static final List<String> WINDOW_ORDER = List.of("registrationWindowCloses", "selfAssessmentWindowCloses",
            "verificationWindowCloses", "recognitionWindowCloses", "reportDeadline");

    /**
     * The problems of {@code models} (the edited ones, with the deployed ones they must fit between)
     * for {@code planYear}; empty when they may be deployed.
     */
    public List<String> problems(int planYear, Collection<BpmnModelInstance> models) {
        return problems(Integer.valueOf(planYear), models, List.of());
    }

    /**
     * The problems of the {@code edited} models, checked whole, and of the order of their windows among the
     * {@code deployed} latest versions of the cycle's other processes; empty when they may be deployed.
     * With no {@code planYear} (a deployment from Camunda Modeler says none), a plain date is not held to a
     * year, and windows are put in order among those of the same year only: a plain date left from another
     * year is refused when a cycle of a year it does not fall in starts ({@link PlainTimerDates}).
     */
    public List<String> problems(Integer planYear, Collection<BpmnModelInstance> edited,
            Collection<BpmnModelInstance> deployed) {
        List<String> problems = new ArrayList<>();
        Map<String, LocalDate> windowDates = new LinkedHashMap<>();
        for (BpmnModelInstance model : edited) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                String key = process.getId();
                if (!process.isExecutable()) {
                    problems.add("Quy trình " + key + " phải để chế độ thực thi (isExecutable)");
                }
                String ttl = process.getCamundaHistoryTimeToLiveString();
                if (ttl == null || ttl.isBlank()) {
                    problems.add("Quy trình " + key + " phải có thời gian lưu lịch sử (historyTimeToLive)");
                }
                if (isPreviousSpellingOfTheLibrarys(key, model)) {
                    String renamed = LibraryKeys.renamedFrom(key).orElseThrow();
                    problems.add("Quy trình " + key + " là quy trình " + renamed + " của thư viện với mã cũ: chu kỳ "
                            + "không gọi mã này nữa. Trong Camunda Modeler đổi ID của quy trình thành \"" + renamed
                            + "\" rồi triển khai lại");
                }
                for (String id : REQUIRED.getOrDefault(key, List.of())) {
                    if (model.getModelElementById(id) == null) {
                        problems.add("Thiếu phần tử bắt buộc \"" + id + "\" trong quy trình " + key);
                    }
                }
            }
            for (CycleTimer timer : TimerValues.timersOf(model)) {
                checkTimer(timer, planYear, problems, windowDates);
            }
        }
        for (BpmnModelInstance model : deployed) {
            for (CycleTimer timer : TimerValues.timersOf(model)) {
                if (timer.kind() == CycleTimer.Kind.DATE && timer.date() != null && !timer.isExpression()
                        && WINDOW_ORDER.contains(timer.elementId())) {
                    windowDates.putIfAbsent(timer.elementId(), timer.date());
                }
            }
        }
        // the windows of one year close in order; dates of different years belong to different cycles
        for (Integer year : windowDates.values().stream().map(LocalDate::getYear).distinct().sorted().toList()) {
            String previous = null;
            for (String id : WINDOW_ORDER) {
                LocalDate date = windowDates.get(id);
                if (date == null || date.getYear() != year) {
                    continue;
                }
                if (previous != null && !date.isAfter(windowDates.get(previous))) {
                    problems.add("Hạn \"" + id + "\" (" + date + ") phải sau hạn \"" + previous + "\" ("
                            + windowDates.get(previous) + ")");
                }
                previous = id;
            }
        }
        return problems;
    }

    /** Refuses {@code models} with every problem found, or returns quietly. */
    public void check(int planYear, Collection<BpmnModelInstance> models) {
        List<String> problems = problems(planYear, models);
        if (!problems.isEmpty()) {
            throw new DeploymentRefusedException(problems);
        }
    }

    /**
     * Checks edited BPMN files (by resource name) together with the latest deployed versions of the
     * cycle's other processes, then deploys them (and any forms or tables among {@code resources})
     * as one deployment. New cycles start on it; running ones stay where they are until migrated.
     */
    public Deployment deploy(RepositoryService repository, int planYear, Map<String, byte[]> resources) {
        Objects.requireNonNull(repository);
        List<BpmnModelInstance> models = new ArrayList<>();
        List<BpmnModelInstance> others = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        java.util.Set<String> editedKeys = new java.util.HashSet<>();
        resources.forEach((name, bytes) -> {
            if (!name.endsWith(".bpmn")) {
                return;
            }
            try {
                BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
                models.add(model);
                model.getModelElementsByType(Process.class).forEach(p -> editedKeys.add(p.getId()));
            } catch (ModelParseException e) {
                problems.add("Tệp " + name + " không phải BPMN hợp lệ: " + e.getMessage());
            }
        });
        for (String key : REQUIRED.keySet()) {
            if (editedKeys.contains(key)) {
                continue;
            }
            ProcessDefinition deployed = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .withoutTenantId().latestVersion().singleResult();
            if (deployed != null) {
                others.add(repository.getBpmnModelInstance(deployed.getId()));
            }
        }
        problems.addAll(problems(planYear, models, others));
        if (!problems.isEmpty()) {
            throw new DeploymentRefusedException(problems);
        }
        DeploymentBuilder deployment = repository.createDeployment().name("learning-society " + planYear)
                .source(SOURCE);
        resources.forEach((name, bytes) -> deployment.addInputStream(name, new ByteArrayInputStream(bytes)));
        return deployment.deploy();
    }

    private static void checkTimer(CycleTimer timer, Integer planYear, List<String> problems,
            Map<String, LocalDate> windowDates) {
        String where = "\"" + timer.elementId() + "\" (" + timer.processKey() + ")";
        if (timer.isExpression()) {
            // resolved at run time for each cycle; only the window a cycleDeadlines expression names is checked
            if (timer.window() != null && Arrays.stream(CyclePhase.values()).noneMatch(p -> p.name().equals(timer.window()))) {
                problems.add("Hẹn giờ của " + where + " dùng giai đoạn không có trong chu kỳ: \"" + timer.window()
                        + "\"; dùng REGISTRATION, SELF_ASSESSMENT, VERIFICATION, RECOGNITION hoặc REPORT");
            }
            return;
        }
        switch (timer.kind()) {
            case DATE -> {
                if (timer.date() == null) {
                    problems.add("Ngày hẹn giờ của " + where + " không đúng chuẩn ISO 8601: \"" + timer.value()
                            + "\"; ví dụ đúng: 2026-10-31T23:59:59+07:00");
                    return;
                }
                if (planYear != null && timer.date().getYear() != planYear) {
                    problems.add("Hạn " + where + " (" + timer.date() + ") nằm ngoài năm kế hoạch " + planYear);
                }
                if (WINDOW_ORDER.contains(timer.elementId())) {
                    windowDates.put(timer.elementId(), timer.date());
                }
            }
            case DURATION -> {
                if (!TimerValues.isDuration(timer.value())) {
                    problems.add("Khoảng thời gian hẹn giờ của " + where + " không đúng chuẩn ISO 8601: \""
                            + timer.value() + "\"; ví dụ đúng: P30D");
                }
            }
            case CYCLE -> {
                if (!TimerValues.isCycle(timer.value())) {
                    problems.add("Chu kỳ hẹn giờ của " + where + " không đúng chuẩn ISO 8601: \"" + timer.value()
                            + "\"; ví dụ đúng: R3/PT5M");
                }
            }
        }
    }

    static Set<String> cycleKeys() {
        return REQUIRED.keySet();
    }

    /** Whether a deployment of process {@code key} is the guard's to check: a cycle process, by its key or its former one. */
    static boolean concerns(String key) {
        return REQUIRED.containsKey(key) || LibraryKeys.renamedFrom(key).filter(REQUIRED::containsKey).isPresent();
    }

    /**
     * Whether {@code model}'s process {@code key} is one of the library's cycle processes under the key it had
     * before the namespace (it still holds every element the library's relies on): an administrator's file
     * from before the upgrade, which the cycle would never call.
     */
    private static boolean isPreviousSpellingOfTheLibrarys(String key, BpmnModelInstance model) {
        return LibraryKeys.renamedFrom(key).map(REQUIRED::get)
                .filter(required -> required.stream().allMatch(id -> model.getModelElementById(id) != null))
                .isPresent();
    }
}
