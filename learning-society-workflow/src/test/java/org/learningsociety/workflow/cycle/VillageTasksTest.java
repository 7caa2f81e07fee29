package org.learningsociety.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learningsociety.test.cycle.EngineClock.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.campaign.CycleKey;
import org.learningsociety.core.registration.Registering;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.core.subject.Subject;
import org.learningsociety.core.subject.SubjectCatalogue;
import org.learningsociety.core.subject.SubjectCatalogue.NewSubject;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.test.cycle.CycleDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A village's open batch task completed from a portal's page: only by an officer of its candidate group,
 * refused by the cycle's own check while a household of the village is not done, gone once completed.
 */
@SpringBootTest(classes = CycleTestApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:village-tasks;DB_CLOSE_DELAY=-1",
        "spring.datasource.name=village-tasks-h2",
        "camunda.bpm.process-engine-name=village-tasks-h2",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.metrics.enabled=false",
        "learning-society.reference-data.units=PROVINCES",
        "learning-society.reference-data.provinces=31"})
class VillageTasksTest {

    private static final String COMMUNE = "10507";
    private static final CycleKey CYCLE = new CycleKey(LearningModel.FAMILY, 2026, COMMUNE);

    @Autowired ProcessEngine engine;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired UnitDirectory units;
    @Autowired SubjectCatalogue catalogue;
    @Autowired Registering registering;
    @Autowired VillageTasks villageTasks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void completesAVillagesTaskForItsCandidateOfficerOnlyAndOnlyOnceItsHouseholdsAreDone() {
        at("2026-01-02T08:00:00+07:00");
        String first = units.addVillage(COMMUNE + "-VT1", "Tổ dân phố số 1", COMMUNE, LocalDate.of(2025, 7, 1)).code();
        String second = units.addVillage(COMMUNE + "-VT2", "Tổ dân phố số 2", COMMUNE, LocalDate.of(2025, 7, 1)).code();
        List<Subject> households = catalogue.addAll(List.of(
                new NewSubject(LearningModel.FAMILY, first, "Hộ ông Nguyễn Văn An", "VT-1"),
                new NewSubject(LearningModel.FAMILY, second, "Hộ bà Trần Thị Bình", "VT-2")));
        officer("hkhvt", CandidateGroups.association(COMMUNE));
        officer("ubndvt", CandidateGroups.peoplesCommittee(COMMUNE));

        at("2026-01-05T08:00:00+07:00");
        CycleDriver driver = new CycleDriver(engine);
        driver.start(CYCLE);
        driver.runJob("prepareBatches");
        VillageTasks.VillageTask registration = villageTasks.openTask(CYCLE, first, "hkhvt").orElseThrow();
        assertThat(registration.taskDefinitionKey()).isEqualTo("registerBatch");
        assertThat(registration.mine()).isTrue();
        assertThat(villageTasks.openTask(CYCLE, first, "ubndvt").orElseThrow().mine()).isFalse();
        assertThatThrownBy(() -> villageTasks.complete(CYCLE, first, "ubndvt", 0, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("thuộc nhóm cán bộ khác");
        assertThat(villageTasks.openTask(CYCLE, first, "hkhvt")).as("still open").isPresent();

        registering.registerAll(households.stream().map(Subject::id).toList(), 2026);
        villageTasks.complete(CYCLE, first, "hkhvt", 1, null);
        assertThat(villageTasks.openTask(CYCLE, first, "hkhvt")).as("completed").isEmpty();
        assertThat(villageTasks.openTask(CYCLE, second, "hkhvt")).as("the other village's").isPresent();
        villageTasks.complete(CYCLE, second, "hkhvt", 1, null);
        tasks.complete(driver.singleTask(CYCLE, "closeRegistrationEarly", CandidateGroups.association(COMMUNE))
                .getId(), Map.of("closeReason", "Đã tiếp nhận xong đăng ký"));

        at("2026-03-02T08:00:00+07:00");
        driver.runJob("prepareBatches");
        assertThat(villageTasks.openTask(CYCLE, first, "hkhvt").orElseThrow().taskDefinitionKey())
                .isEqualTo("selfAssessBatch");
        assertThatThrownBy(() -> villageTasks.complete(CYCLE, first, "hkhvt", 0, null))
                .isInstanceOf(TaskRefusedException.class).hasMessageContaining("còn 1 hồ sơ")
                .hasMessageContaining("chưa tự đánh giá");
        assertThat(villageTasks.openTask(CYCLE, first, "hkhvt")).as("refused, still open").isPresent();
    }

    private void officer(String id, String groupId) {
        User user = identity.newUser(id);
        user.setPassword("demo");
        identity.saveUser(user);
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            identity.saveGroup(group);
        }
        identity.createMembership(id, groupId);
    }
}
