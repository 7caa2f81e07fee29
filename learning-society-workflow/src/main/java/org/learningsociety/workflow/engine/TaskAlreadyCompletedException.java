package org.learningsociety.workflow.engine;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * An officer completed (or submitted the form of) a task another officer completed first: the task
 * is gone, or changed under them. An {@link OptimisticLockingException}, so that programs treat it as
 * the engine's own conflict; its message is what the officer reads in Tasklist, in Vietnamese.
 */
public class TaskAlreadyCompletedException extends OptimisticLockingException {

    public static final String MESSAGE = "Công việc này đã được cán bộ khác hoàn thành hoặc vừa thay đổi cùng lúc; "
            + "kết quả của bạn chưa được ghi. Vui lòng tải lại danh sách công việc.";

    public TaskAlreadyCompletedException(Throwable cause) {
        super(MESSAGE);
        initCause(cause);
    }
}
