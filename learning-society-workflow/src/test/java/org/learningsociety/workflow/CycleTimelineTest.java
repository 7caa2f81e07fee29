package org.learningsociety.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CycleTimelineTest {

    private ProcessEngine engine;
    private CycleTimeline timeline;

    @BeforeEach
    void deployTheCycle() {
        engine = CycleResources.engine(new HashMap<>());
        var deployment = engine.getRepositoryService().createDeployment();
        CycleResources.KEYS.forEach(k -> deployment.addString(k + ".bpmn", CycleResources.text(k)));
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
                        tuple("register", "registrationWindowCloses", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 2, 28), "registrationWindow"),
                        tuple("self-assess", "selfAssessmentWindowCloses", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 9, 30), "selfAssessmentWindow"),
                        tuple("verify", "verificationWindowCloses", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 10, 31), "verificationWindow"),
                        tuple("recognise", "recognitionWindowCloses", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 12, 10), "recognitionWindow"),
                        tuple("annual-cycle", "reportDeadline", CycleTimer.Kind.DATE,
                                LocalDate.of(2026, 12, 15), "submitReport"));
        assertThat(timeline.timers(2026).get(2).closesName()).isEqualTo("Thời gian thẩm định");
        assertThat(timeline.timers(2026).get(2).value()).isEqualTo("2026-10-31T23:59:59+07:00");
    }

    @Test
    void listsNoDatedTimerForAnotherYear() {
        assertThat(timeline.timers(2027)).isEmpty();
    }

    @Test
    void readsTheLatestVersionOnly() {
        engine.getRepositoryService().createDeployment().addString("verify.bpmn",
                CycleResources.text("verify").replace("2026-10-31T23:59:59+07:00", "2026-11-05T23:59:59+07:00"))
                .deploy();

        assertThat(timeline.timers(2026)).filteredOn(t -> t.processKey().equals("verify"))
                .extracting(CycleTimer::date).containsExactly(LocalDate.of(2026, 11, 5));
    }
}
