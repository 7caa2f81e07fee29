package org.learningsociety.core.plantask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitId;

/**
 * One body's one task of a plan in one unit and year ({@code ls_plan_task_item}): the task as the plan
 * numbers it, the due date the plan gives ({@code null}: none), and the status the body last set.
 *
 * @param id the row's id ({@code 0} before it is stored): the audit trail's id of its changes
 * @param planVersion the plan's version the item was made (or its due date last read) from
 * @param setBy who set the status last ({@code null} while nobody has)
 * @param version the optimistic version: 1 once stored, one more per change
 */
public record PlanTaskItem(long id, String planId, int planVersion, int taskNumber, UnitId unit, String unitCode,
        BodyKind body, int year, LocalDate dueDate, TaskStatus status, String setBy, Instant setAt, String note,
        int version) {

    /** The longest note the table holds. */
    public static final int MAX_NOTE = 2000;

    public PlanTaskItem {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the item is past its due date on {@code today} and not done; never without a due date. */
    public boolean overdueOn(LocalDate today) {
        return dueDate != null && today.isAfter(dueDate) && status != TaskStatus.DONE;
    }

    /** The same item with its status set. */
    PlanTaskItem withStatus(TaskStatus newStatus, String note, String by, Instant at) {
        return new PlanTaskItem(id, planId, planVersion, taskNumber, unit, unitCode, body, year, dueDate, newStatus,
                by, at, note, version);
    }
}
