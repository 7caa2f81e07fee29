package org.learningsociety.workflow.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.learningsociety.workflow.problem.ProblemType;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The engine refused a change made at the same moment as another's (a task completed twice, a
 * process started twice): the REST API's controllers answer a Vietnamese 409 problem, in the shape of
 * the API's other problems ({@code field}, {@code value}). Here, beside the engine, so that the API's
 * package knows no engine type.
 */
@RestControllerAdvice(basePackages = "org.learningsociety.workflow.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EngineConflictProblems {

    private static final Logger LOG = LoggerFactory.getLogger(EngineConflictProblems.class);

    @ExceptionHandler(OptimisticLockingException.class)
    public ResponseEntity<ProblemDetail> engineConflict(OptimisticLockingException e) {
        LOG.info("409 after an engine conflict: {}", e.getMessage());
        if (e instanceof TaskAlreadyCompletedException) {
            return ProblemType.TASK_ALREADY_COMPLETED.response(e.getMessage(), "body", null);
        }
        return ProblemType.CONCURRENT_CHANGE.response("Hồ sơ này vừa được người khác thay đổi cùng lúc; thao tác chưa "
                + "được ghi, vui lòng tải lại và thực hiện lại (trường: body, giá trị: phiên bản cũ)", "body", null);
    }
}
