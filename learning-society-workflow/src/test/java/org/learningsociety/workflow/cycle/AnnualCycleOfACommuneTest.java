package org.learningsociety.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.learningsociety.test.criteria.HouseholdScores.evidence;
import static org.learningsociety.test.criteria.HouseholdScores.selfPoints;
import static org.learningsociety.test.criteria.HouseholdScores.uniform;
import static org.learningsociety.test.cycle.EngineClock.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.attainment.Attainment;
import org.learningsociety.core.attainment.AttainmentService;
import org.learningsociety.core.campaign.CommuneRecognition;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.commendation.CommendationStatus;
import org.learningsociety.core.commendation.Commendations;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.decision.Decisions;
import org.learningsociety.core.decision.NewDecision;
import org.learningsociety.core.plan.TargetValue;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.registration.Registration;
import org.learningsociety.core.registration.RegistrationStatus;
import org.learningsociety.core.registration.Registrations;
import org.learningsociety.core.registration.SelfAssessing;
import org.learningsociety.core.registration.SelfAssessment;
import org.learningsociety.core.registration.Verification;
import org.learningsociety.core.registration.Verifying;
import org.learningsociety.core.registration.YearlyRecords;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.test.criteria.HouseholdScores;
import org.learningsociety.test.cycle.CycleDriver;
import org.learningsociety.workflow.cycle.CandidateGroups;
import org.learningsociety.workflow.cycle.SelfAssessmentIntake;
import org.learningsociety.workflow.cycle.TaskRefusedException;
import org.learningsociety.workflow.engine.CycleTimeline;
import org.learningsociety.workflow.engine.CycleTimer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole {@code annual-cycle} of Phường Thành Đông (10507, Hải Phòng after the 2025 reform) for
 * learning families, on the real auto-configuration, engine and reference data: three residential
 * groups of 100 households each, 90 of them registering; self-assessments through the portal's
 * intake, the window closing at its timer with two households a group still silent, one of them
 * submitting late; verification per group (the verifier lowering some scores); one recognition
 * decision; for households recognised three years running (the first of them before the 2025
 * reform, in Phường Cẩm Thượng) the Bằng khen of the city and the Giấy khen, each approved by its
 * level; the report. The commune's attainment afterwards is what the verified scores imply.
 *
 * <p>Each database runs it in a subclass with its own context; the job executor is off and the
 * test runs the jobs itself, with Camunda's clock (which the core reads too) moved through 2026.
 */
abstract class AnnualCycleOfACommuneTest {

    static final String COMMUNE = "10507";
    static final int YEAR = 2026;
    static final CycleKey CYCLE = new CycleKey(LearningModel.FAMILY, YEAR, COMMUNE);
    static final int VILLAGES = 3;
    static final int HOUSEHOLDS_PER_VILLAGE = 100;
    static final int REGISTERING_PER_VILLAGE = 90;
    static final int SELF_ASSESSING_IN_TIME_PER_VILLAGE = 88;
    /** In the first group, household 89 submits after the self-assessment window has closed. */
    static final int LATE_HOUSEHOLD = 89;
    /**
     * In the first group, households 0–9 were already recognised in 2024, when the group belonged to
     * Phường Cẩm Thượng (the old 10507, merged wholly into Thành Đông on 1 July 2025), and in 2025.
     */
    static final int RECOGNISED_BEFORE = 10;
    static final String PROVINCE = "31";
    static final String DEFAULT_DAY = "theo kế hoạch (ngày mặc định)";
    static final String ASSOCIATION = CandidateGroups.association(COMMUNE);
    static final String PEOPLES_COMMITTEE = CandidateGroups.peoplesCommittee(COMMUNE);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired UnitDirectory units;
    @Autowired SubjectCatalogue catalogue;
    @Autowired YearlyRecords records;
    @Autowired Registering registering;
    @Autowired SelfAssessing selfAssessing;
    @Autowired Verifying verifying;
    @Autowired SelfAssessmentIntake intake;
    @Autowired CommuneRecognition campaign;
    @Autowired Registrations registrations;
    @Autowired Decisions decisions;
    @Autowired Commendations commendations;
    @Autowired AttainmentService attainment;
    @Autowired CycleTimeline timeline;
    CycleDriver driver;

    @BeforeEach
    void driver() {
        driver = new CycleDriver(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void recognisesExactlyTheHouseholdsWhoseVerifiedScoresEarnTheTitle() {
        long started = System.nanoTime();
        // the first group, of Phường Cẩm Thượng before the reform, moved into Thành Đông with it
        at("2024-03-01T08:00:00+07:00");
        AdministrativeUnit first = units.addVillage(COMMUNE + "-TDP1", "Tổ dân phố số 1", COMMUNE,
                LocalDate.of(2024, 1, 1));
        assertThat(units.ancestorsOf(first, LocalDate.of(2024, 3, 1)).get(0).name()).isEqualTo("Phường Cẩm Thượng");
        List<String> villages = new ArrayList<>(List.of(first.code()));
        Map<String, List<Subject>> households = new LinkedHashMap<>();
        households.put(first.code(), enrol(first.code()));
        recogniseIn(2024, households.get(first.code()).subList(0, RECOGNISED_BEFORE), "31/QĐ-UBND");

        at("2025-09-01T08:00:00+07:00");
        units.moveUnder(first.id(), COMMUNE, LocalDate.of(2025, 7, 1));
        for (int v = 2; v <= VILLAGES; v++) {
            String village = units.addVillage(COMMUNE + "-TDP" + v, "Tổ dân phố số " + v, COMMUNE,
                    LocalDate.of(2025, 7, 1)).code();
            villages.add(village);
            households.put(village, enrol(village));
        }
        recogniseIn(2025, households.get(first.code()).subList(0, RECOGNISED_BEFORE), "98/QĐ-UBND");

        // registration: the cycle opens, one task per residential group
        at("2026-01-05T08:00:00+07:00");
        ProcessInstance cycle = driver.start(CYCLE);
        driver.runJob("prepareBatches");
        // the timeline an administrator reads: every window by the plan, which for Hải Phòng dates none; the
        // report on the day the test's province set (learning-society.cycle.report-due), there being no default
        assertThat(timeline.timers(YEAR, COMMUNE))
                .extracting(CycleTimer::elementId, CycleTimer::date, CycleTimer::basis)
                .containsExactly(
                        tuple("registrationWindowCloses", LocalDate.of(2026, 2, 28), DEFAULT_DAY),
                        tuple("selfAssessmentWindowCloses", LocalDate.of(2026, 9, 30), DEFAULT_DAY),
                        tuple("verificationWindowCloses", LocalDate.of(2026, 10, 31), DEFAULT_DAY),
                        tuple("recognitionWindowCloses", LocalDate.of(2026, 12, 10), DEFAULT_DAY),
                        tuple("reportDeadline", LocalDate.of(2026, 12, 20), DEFAULT_DAY));
        List<Task> registering = driver.openTasks(CYCLE, "registerBatch", ASSOCIATION);
        assertThat(registering).hasSize(VILLAGES);
        assertThat(registering).extracting(Task::getName).allMatch(name -> name.startsWith(
                "Tiếp nhận đăng ký Gia đình học tập của Tổ dân phố số ") && name.endsWith("năm 2026 (0 đã đăng ký)"));
        Map<String, List<Registration>> registered = new LinkedHashMap<>();
        households.forEach((village, list) -> registered.put(village, this.registering.registerAll(
                list.subList(0, REGISTERING_PER_VILLAGE).stream().map(Subject::id).toList(), YEAR)));
        registering.forEach(task -> tasks.complete(task.getId()));
        // every group is done, but the window stays open until the association closes it
        tasks.complete(driver.singleTask(CYCLE, "closeRegistrationEarly", ASSOCIATION).getId(),
                Map.of("closeReason", "Các tổ dân phố đã tiếp nhận xong đăng ký"));

        // self-assessment: through the portal's intake, in time, but two households a group stay silent
        at("2026-03-02T08:00:00+07:00");
        driver.runJob("prepareBatches");
        assertThat(driver.openTasks(CYCLE, "selfAssessBatch", ASSOCIATION)).hasSize(VILLAGES);
        // no plan applying to Thành Đông dates the windows: the default days, in the cycle's year
        assertThat(driver.timerDue("selfAssessmentWindowCloses")).isEqualTo(instant("2026-09-30T23:59:59+07:00"));
        registered.forEach((village, list) -> assertThat(intake.submit(CYCLE.businessKey(), IntStream
                .range(0, SELF_ASSESSING_IN_TIME_PER_VILLAGE)
                .mapToObj(h -> selfAssessment(list.get(h), h)).toList())).isFalse());
        Task stillWaiting = driver.openTasks(CYCLE, "selfAssessBatch", ASSOCIATION).get(0);
        // the engine wraps the listener's refusal; the task stays open
        assertThatThrownBy(() -> tasks.complete(stillWaiting.getId()))
                .rootCause().isInstanceOf(TaskRefusedException.class)
                .hasMessageContaining("còn 2 hồ sơ Gia đình học tập của Tổ dân phố số");
        assertThat(driver.openTasks(CYCLE, "selfAssessBatch", ASSOCIATION)).hasSize(VILLAGES);
        at("2026-10-01T08:00:00+07:00");
        driver.runDueTimer("selfAssessmentWindowCloses");
        assertThat(driver.openTasks(CYCLE, "selfAssessBatch", ASSOCIATION)).isEmpty();
        Registration late = registered.get(villages.get(0)).get(LATE_HOUSEHOLD);
        assertThat(intake.submit(CYCLE.businessKey(), List.of(selfAssessment(late, LATE_HOUSEHOLD)))).isTrue();
        assertThat(records.registration(late.id()).selfAssessedLate()).isTrue();

        // verification per group: the verifier lowers the scores of households 1, 11, 21 … of each group
        driver.runJob("prepareBatches");
        List<Task> verifying = driver.openTasks(CYCLE, "verifyBatch", ASSOCIATION);
        assertThat(verifying).hasSize(VILLAGES);
        Map<Registration, Integer> verifiedPoints = new HashMap<>();
        registered.forEach((village, list) -> {
            List<Integer> assessed = new ArrayList<>(IntStream.range(0, SELF_ASSESSING_IN_TIME_PER_VILLAGE).boxed()
                    .toList());
            if (village.equals(villages.get(0))) {
                assessed.add(LATE_HOUSEHOLD);
            }
            List<Verification> verifications = new ArrayList<>();
            for (int h : assessed) {
                int points = HouseholdScores.verifiedPoints(h);
                verifiedPoints.put(list.get(h), points);
                verifications.add(new Verification(list.get(h).id(), uniform(points), "Trần Thị Bình",
                        points == selfPoints(h) ? null : "Minh chứng chưa đủ"));
            }
            this.verifying.verifyAll(verifications);
        });
        at("2026-10-20T08:00:00+07:00");
        verifying.forEach(task -> tasks.complete(task.getId()));
        tasks.complete(driver.singleTask(CYCLE, "closeVerificationEarly", ASSOCIATION).getId(),
                Map.of("closeReason", "Đã thẩm định xong các tổ dân phố"));

        // recognition: one decision of the commune's People's Committee
        at("2026-11-20T08:00:00+07:00");
        Task recognising = driver.singleTask(CYCLE, "recogniseCommune", PEOPLES_COMMITTEE);
        assertThat(driver.timerDue("recognitionWindowCloses")).isEqualTo(instant("2026-12-10T23:59:59+07:00"));
        assertThat(recognising.getName()).isEqualTo("Công nhận Gia đình học tập của Phường Thành Đông năm 2026: "
                + verifiedPoints.size() + " hồ sơ đã thẩm định");
        tasks.complete(recognising.getId(), Map.of("decisionNumber", "125/QĐ-UBND", "decisionDate", "2026-11-20",
                "signer", "Nguyễn Văn An"));
        driver.runJob("issueRecognition");

        // commendation: three years running, the DMN proposes a Bằng khen of the city for 85 points and
        // more, a Giấy khen for 80; each form is approved by its own level
        driver.runJob("proposeCommendations");
        Task approving = driver.singleTask(CYCLE, "approveCommendations", PEOPLES_COMMITTEE);
        assertThat(approving.getName()).endsWith(" – Giấy khen");
        tasks.complete(approving.getId(), Map.of("decisionNumber", "130/QĐ-UBND", "decisionDate", "2026-11-25",
                "signer", "Nguyễn Văn An", "approved", "true"));
        driver.runJob("decideCommendations");
        Task approvingInTheCity = driver.singleTask(CYCLE, "approveCommendations",
                CandidateGroups.emulationBoard(PROVINCE));
        assertThat(approvingInTheCity.getName()).endsWith(" – Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố");
        tasks.complete(approvingInTheCity.getId(), Map.of("decisionNumber", "2150/QĐ-UBND", "decisionDate",
                "2026-11-28", "signer", "Lê Ngọc Châu", "approved", "true"));
        driver.runJob("decideCommendations");

        // the report closes the cycle
        at("2026-12-01T08:00:00+07:00");
        Task reporting = driver.singleTask(CYCLE, "submitReport", PEOPLES_COMMITTEE);
        assertThat(driver.timerDue("reportDeadline")).isEqualTo(instant("2026-12-20T23:59:59+07:00"));
        tasks.complete(reporting.getId(), Map.of("reportNumber", "210/BC-UBND", "reportDate", "2026-12-01"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
                .activityId("cycleCompleted").count()).isOne();

        // statuses: exactly the verified scores decide
        Set<Registration> earning = verifiedPoints.entrySet().stream().filter(e -> e.getValue() * 10 >= 80)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(earning).hasSize(172);
        Map<RegistrationStatus, Long> byStatus = new HashMap<>();
        Set<Object> decisionsUsed = new java.util.HashSet<>();
        for (List<Registration> list : registered.values()) {
            for (Registration before : list) {
                Registration now = records.registration(before.id());
                byStatus.merge(now.status(), 1L, Long::sum);
                if (earning.contains(before)) {
                    assertThat(now.status()).as("household %s", before.subject()).isEqualTo(RegistrationStatus.RECOGNISED);
                    decisionsUsed.add(now.decision());
                } else if (verifiedPoints.containsKey(before)) {
                    assertThat(now.status()).isEqualTo(RegistrationStatus.NOT_RECOGNISED);
                    assertThat(now.nonRecognitionReason()).contains("dưới mức 80");
                } else {
                    assertThat(now.status()).isEqualTo(RegistrationStatus.REGISTERED);
                }
            }
        }
        assertThat(byStatus).containsEntry(RegistrationStatus.RECOGNISED, 172L)
                .containsEntry(RegistrationStatus.NOT_RECOGNISED, 93L)
                .containsEntry(RegistrationStatus.REGISTERED, 5L);

        // one recognition decision
        AdministrativeUnit commune = units.unitOn(COMMUNE, LocalDate.of(YEAR, 11, 20));
        Decision recognition = decisions.findByNumber(commune.id(), YEAR, "125/QĐ-UBND").orElseThrow();
        assertThat(recognition.kind()).isEqualTo(Decision.Kind.RECOGNITION);
        assertThat(recognition.signer()).isEqualTo("Nguyễn Văn An");
        assertThat(decisionsUsed).containsExactly(recognition.id());
        assertThat(variableOf(cycle, "recognisedCount")).isEqualTo(172);

        // households 2, 3, 5, 6, 7, 9 of the first group earn the title a third year running: the Bằng khen of
        // the city for 90 points (3, 5, 7, 9) by the city's decision, the Giấy khen for 80 (2, 6) by the commune's
        List<Registration> commended = registered.get(villages.get(0)).subList(0, RECOGNISED_BEFORE).stream()
                .filter(earning::contains).toList();
        assertThat(commended).hasSize(6);
        Decision giayKhen = decisions.findByNumber(commune.id(), YEAR, "130/QĐ-UBND").orElseThrow();
        AdministrativeUnit city = units.unitOn(PROVINCE, LocalDate.of(YEAR, 11, 28));
        Decision bangKhen = decisions.findByNumber(city.id(), YEAR, "2150/QĐ-UBND").orElseThrow();
        for (Registration r : commended) {
            boolean ninety = verifiedPoints.get(r) == 9;
            assertThat(commendations.findByRegistration(r.id())).singleElement().satisfies(c -> {
                assertThat(c.form()).isEqualTo(ninety ? "BANG_KHEN_PROVINCE" : "GIAY_KHEN");
                assertThat(c.status()).isEqualTo(CommendationStatus.APPROVED);
                assertThat(c.decision()).isEqualTo(ninety ? bangKhen.id() : giayKhen.id());
            });
        }
        assertThat(commended.stream().filter(r -> verifiedPoints.get(r) == 9)).hasSize(4);
        assertThat(variableOf(cycle, "proposalCount")).isEqualTo(6);

        // the commune's attainment is what the scores imply
        Attainment result = attainment.attainment(COMMUNE, YEAR, LearningModel.FAMILY);
        assertThat(result.subjects()).isEqualTo(300);
        assertThat(result.registered()).isEqualTo(270);
        assertThat(result.recognised()).isEqualTo(172);
        assertThat(result.rate()).isEqualByComparingTo("57.33");
        assertThat(result.target().value()).isEqualByComparingTo("72");
        assertThat(result.target().source()).isEqualTo(TargetValue.Source.DERIVED);
        assertThat(result.gap()).isEqualByComparingTo(new BigDecimal("72").subtract(result.rate()));
        assertThat(result.children()).extracting(a -> a.unit().code()).containsExactlyElementsOf(villages);
        assertThat(result.children()).extracting(Attainment::subjects).containsOnly(100L);
        assertThat(result.children()).extracting(Attainment::registered).containsOnly(90L);
        // per group: 66 scoring 80 or 90 themselves, 9 of them lowered; the first group's late household earns too
        assertThat(result.children()).extracting(Attainment::recognised).containsExactly(58L, 57L, 57L);
        System.out.printf("annual cycle of %s on %s: %d ms%n", COMMUNE, getClass().getSimpleName(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<Subject> enrol(String village) {
        return catalogue.addAll(IntStream.range(0, HOUSEHOLDS_PER_VILLAGE)
                .mapToObj(h -> new NewSubject(LearningModel.FAMILY, village, "Hộ gia đình số " + h + " – " + village,
                        village + "-" + h))
                .toList());
    }

    /** {@code households}: registered, assessed, verified with 90 points and recognised in {@code year}. */
    private void recogniseIn(int year, List<Subject> households, String decisionNumber) {
        List<Registration> regs = registering.registerAll(households.stream().map(Subject::id).toList(), year);
        selfAssessing.selfAssessAll(regs.stream().map(r -> new SelfAssessment(r.id(), uniform(9), evidence())).toList(),
                false);
        verifying.verifyAll(regs.stream().map(r -> new Verification(r.id(), uniform(9), "Trần Thị Bình", null)).toList());
        at(year + "-11-20T08:00:00+07:00");
        campaign.recogniseCommune(new NewDecision(decisionNumber, LocalDate.of(year, 11, 20), "Nguyễn Văn An", COMMUNE),
                year, LearningModel.FAMILY, COMMUNE);
    }

    private static SelfAssessment selfAssessment(Registration registration, int household) {
        return new SelfAssessment(registration.id(), uniform(selfPoints(household)), evidence());
    }

    private static Date instant(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }

    private Object variableOf(ProcessInstance cycle, String name) {
        List<HistoricVariableInstance> found = history.createHistoricVariableInstanceQuery().variableName(name).list();
        assertThat(found).as("variable %s", name).hasSize(1);
        return found.get(0).getValue();
    }
}
