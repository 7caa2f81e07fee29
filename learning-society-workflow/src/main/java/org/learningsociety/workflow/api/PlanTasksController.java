package org.learningsociety.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.TaskBody;
import org.learningsociety.core.plantask.PlanTaskItem;
import org.learningsociety.core.plantask.PlanTaskTracking;
import org.learningsociety.core.plantask.TaskStatus;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.CallerBodies;
import org.learningsociety.core.unit.UnitLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tasks of the plans in force for a unit, as items per lead body and year (the plan's task
 * table: what, who leads, who joins, when), with their due dates, overdue flags and the status the
 * responsible body sets ({@link PlanTaskTracking}).
 */
@RestController
@RequestMapping(LearningSocietyApi.BASE_PATH + "/plan-tasks")
public class PlanTasksController {

    private final PlanTaskTracking tracking;
    private final CallerBodies bodies;
    private final UnitAccess access;

    public PlanTasksController(PlanTaskTracking tracking, CallerBodies bodies, UnitAccess access) {
        this.tracking = Objects.requireNonNull(tracking);
        this.bodies = Objects.requireNonNull(bodies);
        this.access = Objects.requireNonNull(access);
    }

    /**
     * A body as the plan names it.
     *
     * @param body the kind ({@code ASSOCIATION}, {@code STEERING_COMMITTEE} …)
     * @param name the plan's words for it, else the kind's name
     * @param levels the levels it acts at
     */
    public record BodyView(String body, String name, List<UnitLevel> levels) { }

    /**
     * One body's task of a plan in a unit and year.
     *
     * @param id the item's id, for {@code PUT /plan-tasks/{id}/status}
     * @param task the task in the plan's words; {@code timing} when, in the plan's words
     * @param lead who leads, in the plan's words (the whole row)
     * @param body the lead body this item is the work of; {@code statusSetBy} the body whose officers set
     *     its status (itself, or the one the plan names for a body without officers)
     * @param joining the bodies the plan has join the task
     * @param dueDate the day the plan gives; {@code null}: none, never overdue
     * @param status {@code NOT_STARTED}, {@code IN_PROGRESS} or {@code DONE}; {@code statusName} in Vietnamese
     * @param overdue the due date has passed and the task is not done
     * @param setBy who set the status last and {@code setAt} when; {@code null} while nobody has
     */
    public record TaskItemView(long id, String planId, String planNumber, int taskNumber, String task, String timing,
            String content, String lead, String unitCode, String unitName, int year, BodyView body,
            String statusSetBy, List<BodyView> joining, LocalDate dueDate, String status, String statusName,
            boolean overdue, String setBy, Instant setAt, String note, int version) { }

    /** A plan in force for the unit in the year, and how many task rows it has (0: no task table). */
    public record PlanRef(String id, String number, String issuer, int tasks) { }

    /**
     * A unit's tasks for a year.
     *
     * @param today the day overdue is judged on
     * @param plans the plans in force for the unit in the year, nearest unit first, with or without a task table
     */
    public record PlanTaskSheet(String unit, String unitName, UnitLevel unitLevel, int year, LocalDate today,
            List<PlanRef> plans, List<TaskItemView> tasks) { }

    /**
     * A status to set.
     *
     * @param status {@code NOT_STARTED}, {@code IN_PROGRESS} or {@code DONE}
     * @param version the item's version as read: a change made meanwhile is refused (409); {@code null}
     *     writes over whatever is stored
     */
    public record StatusChange(String status, String note, Integer version) { }

    /**
     * The tasks of {@code unit} in {@code year}: for every plan in force for the unit that covers the
     * year, each task falling in the year, once per body leading it at the unit's level; made on the
     * first read of the unit's year. The unit is taken as it stood on the year's last day (today while
     * the year runs), or on its own last day when it ended in the year.
     */
    @LibraryAction(Action.READ)
    @GetMapping
    public PlanTaskSheet tasks(@RequestParam String unit, @RequestParam int year) {
        AdministrativeUnit found = tracking.unitInYear(unit.strip(), year);
        access.requireAccess(found.id());
        PlanTaskTracking.Sheet sheet = tracking.of(unit.strip(), year);
        return new PlanTaskSheet(sheet.unit().code(), sheet.unit().name(), sheet.unit().level(), year, sheet.today(),
                sheet.plans().stream().map(PlanTasksController::ref).toList(),
                sheet.lines().stream().map(PlanTasksController::view).toList());
    }

    /**
     * Sets the status of task item {@code id}, with a note. Only the body answering for the item sets it:
     * an officer of that body's role in the item's very unit (or an administrator); anyone else is
     * refused with 403 ({@code out-of-scope}: the item is not their body's), a stale version with 409. Answers the item as stored.
     */
    @LibraryAction(Action.SET_TASK_STATUS)
    @PutMapping("/{id}/status")
    public TaskItemView setStatus(@PathVariable long id, @RequestBody StatusChange body) {
        if (body == null || body.status() == null || body.status().isBlank()) {
            throw new InvalidInputException("status", body == null ? null : body.status(), "Tình trạng là bắt buộc");
        }
        TaskStatus status = TaskStatus.of(body.status());
        PlanTaskItem item = tracking.item(id);
        access.requireAccess(item.unit(), Action.SET_TASK_STATUS);
        return view(tracking.setStatus(id, status, body.note(), body.version(), bodies));
    }

    private static PlanRef ref(Plan plan) {
        return new PlanRef(plan.id(), plan.number(), plan.issuer(), plan.tasks().size());
    }

    private static BodyView body(TaskBody body) {
        return new BodyView(body.kind().name(), body.displayName(), body.levels());
    }

    static TaskItemView view(PlanTaskTracking.Line line) {
        PlanTaskItem item = line.item();
        return new TaskItemView(item.id(), item.planId(), line.plan().number(), item.taskNumber(), line.task().name(),
                line.task().timing(), line.task().content(), line.task().lead(), item.unitCode(), line.unit().name(), item.year(),
                body(line.body()), line.body().answeredBy().vietnameseName(),
                line.joining().stream().map(PlanTasksController::body).toList(), item.dueDate(), item.status().name(),
                item.status().vietnameseName(), line.overdue(), item.setBy(), item.setAt(), item.note(),
                item.version());
    }
}
