package org.learningsociety.workflow.api;

import org.learningsociety.workflow.cycle.CampaignLauncher;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.learningsociety.core.subject.LearningModel;
import org.learningsociety.workflow.cycle.CycleVariables;
import org.learningsociety.workflow.engine.AsTasklist;
import org.learningsociety.workflow.engine.EngineConflictProblems;
import org.learningsociety.workflow.engine.TaskAlreadyCompletedException;
import org.learningsociety.workflow.keys.LibraryKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Two officers of one commune complete the same task of a cycle ("Đóng sớm đợt đăng ký") at the same
 * moment, each on their own thread as their own Tasklist request would: exactly one completion
 * stands; the other is refused with {@link TaskAlreadyCompletedException} (an
 * {@link OptimisticLockingException}) whose message, the one Tasklist shows, is Vietnamese; and the API's
 * problems answer it with 409.
 */
class ConcurrentTaskCompletionTest extends ApiContextTest {

    @Autowired
    CampaignLauncher launcher;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identities;
    @Autowired
    EngineConflictProblems problems;

    @Test
    void ofTwoOfficersCompletingOneTaskAtOnceExactlyOneSucceedsAndTheOtherReadsWhy() throws Exception {
        launcher.start(THANH_DONG, 2026, LearningModel.COMMUNITY);
        ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey(CampaignLauncher.PROCESS_KEY)
                .processInstanceBusinessKey("COMMUNITY:2026:" + THANH_DONG).singleResult();
        ProcessInstance registration = runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
                .processDefinitionKey(LibraryKeys.REGISTER).singleResult();
        openTheWindow(registration);
        Task task = tasks.createTaskQuery().processInstanceId(registration.getId())
                .taskDefinitionKey("closeRegistrationEarly").list().get(0);
        assertThat(task).isNotNull();

        List<Object> outcomes = race(task.getId());

        assertThat(outcomes).filteredOn("done"::equals).hasSize(1);
        List<Object> refusals = outcomes.stream().filter(o -> !"done".equals(o)).toList();
        assertThat(refusals).hasSize(1).first().isInstanceOf(TaskAlreadyCompletedException.class)
                .isInstanceOf(OptimisticLockingException.class);
        Exception refusal = (Exception) refusals.get(0);
        assertThat(refusal.getMessage()).startsWith("Công việc này đã được cán bộ khác hoàn thành");
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).finished().count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();

        ResponseEntity<ProblemDetail> answer = problems.engineConflict((OptimisticLockingException) refusal);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().getDetail()).startsWith("Công việc này đã được cán bộ khác hoàn thành");
    }

    @Test
    void aTaskCompletedAlreadyIsRefusedInVietnameseNotWithTheEnginesEnglish() {
        launcher.start(THANH_DONG, 2026, LearningModel.UNIT);
        ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey(CampaignLauncher.PROCESS_KEY)
                .processInstanceBusinessKey("UNIT:2026:" + THANH_DONG).singleResult();
        ProcessInstance registration = runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
                .processDefinitionKey(LibraryKeys.REGISTER).singleResult();
        openTheWindow(registration);
        Task task = tasks.createTaskQuery().processInstanceId(registration.getId())
                .taskDefinitionKey("closeRegistrationEarly").list().get(0);
        Map<String, Object> variables = Map.of(CycleVariables.CLOSE_REASON, "Các thôn đã nộp đủ đăng ký");
        tasks.complete(task.getId(), variables);
        try {
            tasks.complete(task.getId(), variables);
            throw new AssertionError("completed twice");
        } catch (TaskAlreadyCompletedException e) {
            assertThat(e.getMessage()).isEqualTo(TaskAlreadyCompletedException.MESSAGE);
            assertThat(e.getCause().getMessage()).contains("Cannot find task with id");
        }
        // an unknown task id outside a completion keeps the engine's own answer
        assertThat(tasks.createTaskQuery().taskId("khong-co").count()).isZero();
    }

    /** Lists the villages (an asynchronous step; the test context runs no job executor), opening the window. */
    private void openTheWindow(ProcessInstance registration) {
        management.createJobQuery().processInstanceId(registration.getId()).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    /** Both officers complete the task at once; each outcome is "done" or the exception thrown. */
    private List<Object> race(String taskId) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService officers = Executors.newFixedThreadPool(2);
        String tenant = tasks.createTaskQuery().taskId(taskId).singleResult().getTenantId();
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (String officer : List.of("hk.thanhdong", "hk2.thanhdong")) {
                results.add(officers.submit(() -> {
                    AsTasklist.authenticate(identities, officer, tenant);
                    try {
                        together.await(30, TimeUnit.SECONDS);
                        tasks.complete(taskId, Map.of(CycleVariables.CLOSE_REASON, "Các thôn đã nộp đủ đăng ký"));
                        return "done";
                    } catch (RuntimeException e) {
                        return e;
                    } finally {
                        identities.clearAuthentication();
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            officers.shutdownNow();
        }
    }
}
