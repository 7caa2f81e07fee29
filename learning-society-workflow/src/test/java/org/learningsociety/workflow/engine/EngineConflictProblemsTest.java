package org.learningsociety.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The engine's optimistic locking reaching the API: a Vietnamese 409 that says nothing was written. */
class EngineConflictProblemsTest {

    @Test
    void answersTheEnginesOptimisticLockingWithAVietnamese409() {
        ResponseEntity<ProblemDetail> answer = new EngineConflictProblems()
                .engineConflict(new OptimisticLockingException("ENGINE-03005"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().getDetail()).startsWith("Hồ sơ này vừa được người khác thay đổi cùng lúc");
        assertThat(answer.getBody().getProperties()).containsEntry("field", "body")
                .containsEntry("code", "CONCURRENT_CHANGE");
        assertThat(answer.getBody().getType()).hasToString("https://learning-society.github.io/problems/concurrent-change");
    }

    @Test
    void answersATaskCompletedByAnotherWithItsOwnCode() {
        ResponseEntity<ProblemDetail> answer = new EngineConflictProblems()
                .engineConflict(new TaskAlreadyCompletedException(new OptimisticLockingException("ENGINE-03005")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "TASK_ALREADY_COMPLETED");
        assertThat(answer.getBody().getDetail()).isEqualTo(TaskAlreadyCompletedException.MESSAGE);
    }
}
