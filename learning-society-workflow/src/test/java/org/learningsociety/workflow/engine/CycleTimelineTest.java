package org.learningsociety.workflow.engine;

import org.learningsociety.workflow.LearningSocietyProperties;
import org.learningsociety.workflow.cycle.CycleDeadlineExpressions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.learningsociety.core.campaign.CycleDeadline;
import org.learningsociety.core.campaign.CycleDeadlines;
import org.learningsociety.core.campaign.CyclePhase;
import org.learningsociety.core.shared.ConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.keys.LibraryKeys;

class CycleTimelineTest {

    private ProcessEngine engine;
    private CycleTimeline timeline;

    @BeforeEach
    void deployTheCycle() {
        engine = CycleResources.engine(new HashMap<>());
        var deployment = engine.getRepositoryService().createDeployment();
        CycleResources.KEYS.forEach(k -> deployment.addString(k + ".bpmn", CycleResources.typed(k)));
        deployment.deploy();
        timeline = new CycleTimeline(engine.getRepositoryService());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void listsEveryTimerOfTheYearInDateOrderWithWhatItCloses() {
        assertThat(timeline.timers(2026))
                .extracting(CycleTimer::processKey, CycleTimer::elementId, CycleTimer::kind, CycleTimer::date,
                        CycleTimer::closesId)
                .containsExactly(
                        tuple(LibraryKeys.REGISTER, "registrationWindowCloses", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 2, 28), "registrationWindow"),
                        tuple(LibraryKeys.SELF_ASSESS, "selfAssessmentWindowCloses", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 9, 30), "selfAssessmentWindow"),
                        tuple(LibraryKeys.VERIFY, "verificationWindowCloses", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 10, 31), "verificationWindow"),
                        tuple(LibraryKeys.RECOGNISE, "recognitionWindowCloses", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 12, 10), "recognitionWindow"),
                        tuple(LibraryKeys.ANNUAL_CYCLE, "reportDeadline", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 12, 20), "submitReport"),
                        // the award round a plan may date: an expression, dated only for a commune or a plan
                        tuple(LibraryKeys.ANNUAL_CYCLE, "awardRoundOpens", CycleTimer.Kind.DATE, null, null));
        assertThat(timeline.timers(2026).get(2).closesName()).isEqualTo("Thời gian thẩm định");
        assertThat(timeline.timers(2026).get(2).value()).isEqualTo("2026-10-31T23:59:59+07:00");
    }

    @Test
    void listsNoDatedTimerForAnotherYear() {
        assertThat(timeline.timers(2027)).extracting(CycleTimer::date).containsOnly((LocalDate) null);
        assertThat(timeline.timers(2027)).extracting(CycleTimer::elementId).containsExactly("awardRoundOpens");
    }

    @Test
    void readsTheLatestVersionOnly() {
        engine.getRepositoryService().createDeployment().addString("verify.bpmn",
                CycleResources.typed("verify").replace("2026-10-31T23:59:59+07:00", "2026-11-05T23:59:59+07:00"))
                .deploy();

        assertThat(timeline.timers(2026)).filteredOn(t -> t.processKey().equals(LibraryKeys.VERIFY))
                .extracting(CycleTimer::date).containsExactly(LocalDate.of(2026, 11, 5));
    }

    @Test
    void showsTheShippedTimersAsByThePlanWithTheDayTheyResolveToForACommune() {
        var deployment = engine.getRepositoryService().createDeployment();
        CycleResources.KEYS.forEach(k -> deployment.addString(k + ".bpmn", CycleResources.text(k)));
        deployment.deploy();
        Map<CyclePhase, MonthDay> defaults = new LearningSocietyProperties().getCycle().defaultDeadlines();
        CycleDeadlines fromPlans = mock(CycleDeadlines.class);
        when(fromPlans.closes(any(), eq("10507"), eq(2027))).thenAnswer(call -> {
            CyclePhase window = call.getArgument(0);
            if (window == CyclePhase.REPORT) {
                // no plan dates the commune's report and the portal set no day: the core refuses, inventing none
                throw new ConflictException("reportDue", 2027, "Kế hoạch 46/KH-UBND không nêu hạn báo cáo kết quả");
            }
            return window == CyclePhase.RECOGNITION
                    ? new CycleDeadline(window, LocalDate.of(2027, 12, 31), false, "thai-binh-29-kh-khkh-2022",
                            "29/KH-KHKH", "Hằng năm, trong tháng 11,12")
                    : new CycleDeadline(window, defaults.get(window).atYear(2027), false, null, null, null);
        });
        CycleTimeline resolving = new CycleTimeline(engine.getRepositoryService(),
                new CycleDeadlineExpressions(fromPlans, ZoneId.of("Asia/Ho_Chi_Minh")));

        assertThat(timeline.timers(2027)).extracting(CycleTimer::date, CycleTimer::basis)
                .containsOnly(tuple(null, CycleTimer.BY_PLAN));
        assertThat(resolving.timers(2027, "10507"))
                .extracting(CycleTimer::elementId, CycleTimer::date, CycleTimer::basis)
                .containsExactly(
                        tuple("registrationWindowCloses", LocalDate.of(2027, 2, 28), "theo kế hoạch (ngày mặc định)"),
                        tuple("selfAssessmentWindowCloses", LocalDate.of(2027, 9, 30), "theo kế hoạch (ngày mặc định)"),
                        tuple("verificationWindowCloses", LocalDate.of(2027, 10, 31), "theo kế hoạch (ngày mặc định)"),
                        tuple("recognitionWindowCloses", LocalDate.of(2027, 12, 31), "theo kế hoạch 29/KH-KHKH"),
                        // the report, undated, is shown as by the plan with no day rather than on a made-up one
                        tuple("reportDeadline", null, "theo kế hoạch"));
        assertThat(defaults).as("no default day for the commune's report").doesNotContainKey(CyclePhase.REPORT);
    }
}
