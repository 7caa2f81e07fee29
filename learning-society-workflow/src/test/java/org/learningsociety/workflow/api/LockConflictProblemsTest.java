package org.learningsociety.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A database lock not obtained in time or a deadlock reaching the API: a Vietnamese 409 that says nothing was written and the request may be sent again.
 */
class LockConflictProblemsTest {

    private final LearningSocietyProblems problems = new LearningSocietyProblems();

    @Test
    void answersLockTimeoutsAndDeadlocksWithAVietnamese409() {
        for (RuntimeException e : List.<RuntimeException>of(
                new CannotAcquireLockException("Timeout trying to lock table LS_UNIT_VERSION"),
                new PessimisticLockingFailureException("deadlock detected"),
                new org.springframework.dao.DeadlockLoserDataAccessException("deadlock", null),
                new ConcurrencyFailureException("could not serialize access"))) {
            ResponseEntity<ProblemDetail> answer = problems.locked(e);
            assertThat(answer.getStatusCode()).as(e.toString()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody().getDetail()).startsWith("Dữ liệu này đang được người khác thay đổi cùng lúc")
                    .contains("thao tác chưa được ghi");
            assertThat(answer.getBody().getProperties()).containsEntry("code", "LOCKED");
        }
    }

    /** A controller whose database refuses the lock, as H2 and PostgreSQL do under contention. */
    @org.springframework.web.bind.annotation.RestController
    static class Locked {
        @org.springframework.web.bind.annotation.PostMapping("/locked")
        void change() {
            throw new CannotAcquireLockException("Timeout trying to lock table \"LS_UNIT_VERSION\"");
        }
    }

    @Test
    void springMvcAnswersALockTimeoutOfAControllerThroughTheseProblems() throws Exception {
        var mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.standaloneSetup(new Locked())
                .setControllerAdvice(problems).build();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/locked"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Dữ liệu này đang được người khác thay đổi cùng lúc")));
    }
}
