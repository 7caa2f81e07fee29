package org.learningsociety.core.plantask;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.learningsociety.core.audit.AuditAction;
import org.learningsociety.core.audit.AuditRecord;
import org.learningsociety.core.audit.AuditTrail;
import org.learningsociety.core.audit.Audited;
import org.learningsociety.core.plan.Plan;
import org.learningsociety.core.plan.PlanDirectory;
import org.learningsociety.core.plan.PlanTask;
import org.learningsociety.core.plan.TaskBody;
import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.ConflictException;
import org.learningsociety.core.shared.CurrentActor;
import org.learningsociety.core.shared.InvalidInputException;
import org.learningsociety.core.shared.NotFoundException;
import org.learningsociety.core.shared.Transactions;
import org.learningsociety.core.shared.Years;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.CallerBodies;
import org.learningsociety.core.unit.UnitDirectory;

/**
 * A plan's task table tracked per body, unit and year. The items of a unit's year are made the first
 * time the year is read ({@link #of}): one for each task of each plan in force for the unit that falls
 * in the year, and each body leading it at the unit's level, each due when the plan says
 * ({@link PlanTask#dueIn}). Only the body answering for an item sets its status ({@link #setStatus}),
 * audited with who, when, before and after. An item is overdue once its due date has passed (by the
 * clock) and it is not done; an item without a due date never is.
 */
public class PlanTaskTracking {

    private final PlanTaskItems items;
    private final UnitDirectory units;
    private final PlanDirectory plans;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final CurrentActor actor;
    private final Clock clock;

    public PlanTaskTracking(PlanTaskItems items, UnitDirectory units, PlanDirectory plans, AuditTrail audit,
            Transactions transactions, CurrentActor actor, Clock clock) {
        this.items = Objects.requireNonNull(items);
        this.units = Objects.requireNonNull(units);
        this.plans = Objects.requireNonNull(plans);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.actor = Objects.requireNonNull(actor);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * One tracked item with the plan's words for it.
     *
     * @param body the lead body the item is the work of, as the plan names it
     * @param joining the bodies the plan has join the task (shown, not tracked)
     * @param overdue whether the due date has passed and the item is not done
     */
    public record Line(PlanTaskItem item, Plan plan, PlanTask task, TaskBody body, List<TaskBody> joining,
            boolean overdue, AdministrativeUnit unit) { }

    /**
     * A unit's tracked tasks for a year.
     *
     * @param plans the plans in force for the unit in the year, nearest unit first, task table or not
     * @param today the day overdue is judged on
     */
    public record Sheet(AdministrativeUnit unit, int year, List<Plan> plans, List<Line> lines, LocalDate today) { }

    /** The day a year's units are taken on: its last day, or today while the year runs. */
    public LocalDate dayOf(int year) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(clock);
        return endOfYear.isAfter(today) ? today : endOfYear;
    }

    /**
     * The tasks of the unit holding {@code unitCode} in {@code year}, made on this first read: the unit
     * as it stood on the year's last day (today while the year runs), or on its own last day in the year
     * when it ended in it (Thái Bình's units on 30 June 2025).
     */
    public Sheet of(String unitCode, int year) {
        Years.require("year", year);
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidInputException("unit", unitCode, "Mã đơn vị là bắt buộc");
        }
        AdministrativeUnit unit = unitInYear(unitCode.strip(), year);
        LocalDate on = unit.validity().to() != null && unit.validity().to().isBefore(dayOf(year))
                ? unit.validity().to() : dayOf(year);
        List<Plan> applying = plans.plansApplyingTo(unit, on).stream().filter(p -> p.covers(year)).toList();
        return transactions.inTransaction(() -> {
            Map<String, PlanTaskItem> stored = byKey(items.find(unit.id(), year));
            List<PlanTaskItem> missing = new ArrayList<>();
            for (Plan plan : applying) {
                for (PlanTask task : plan.tasks()) {
                    if (!task.fallsIn(year, plan)) {
                        continue;
                    }
                    LocalDate due = task.dueIn(year).orElse(null);
                    for (TaskBody body : task.leads()) {
                        if (!body.actsAt(unit.level())) {
                            continue;
                        }
                        PlanTaskItem known = stored.get(key(plan.id(), task.number(), body.kind()));
                        if (known == null) {
                            missing.add(new PlanTaskItem(0, plan.id(), plan.version(), task.number(), unit.id(),
                                    unit.code(), body.kind(), year, due, TaskStatus.NOT_STARTED, null, null, null, 0));
                        } else if (known.planVersion() != plan.version() || !Objects.equals(known.dueDate(), due)) {
                            items.refreshDueDate(known.id(), plan.version(), due);
                        }
                    }
                }
            }
            if (!missing.isEmpty()) {
                items.addMissing(missing);
            }
            Map<String, PlanTaskItem> now = byKey(items.find(unit.id(), year));
            LocalDate today = LocalDate.now(clock);
            List<Line> lines = new ArrayList<>();
            for (Plan plan : applying) {
                for (PlanTask task : plan.tasks()) {
                    if (!task.fallsIn(year, plan)) {
                        continue;
                    }
                    for (TaskBody body : task.leads()) {
                        PlanTaskItem item = body.actsAt(unit.level())
                                ? now.get(key(plan.id(), task.number(), body.kind())) : null;
                        if (item != null) {
                            lines.add(new Line(item, plan, task, body, task.joins(), item.overdueOn(today), unit));
                        }
                    }
                }
            }
            return new Sheet(unit, year, applying, List.copyOf(lines), today);
        });
    }

    /**
     * Sets an item's status (and note) as the current actor, when {@code bodies} says the caller answers
     * for the item's body in its unit ({@link TaskBody#answeredBy()}); refuses anyone else
     * ({@link NotResponsibleException}), a stale {@code version} (409), a note too long.
     *
     * @param version the item's version as read, {@code null} to write over whatever is stored
     */
    public Line setStatus(long itemId, TaskStatus status, String note, Integer version, CallerBodies bodies) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bodies, "bodies");
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > PlanTaskItem.MAX_NOTE) {
            throw new InvalidInputException("note", cleanNote.length(), "Ghi chú dài quá "
                    + PlanTaskItem.MAX_NOTE + " ký tự");
        }
        Actor by = actor.get();
        return transactions.inTransaction(() -> {
            PlanTaskItem item = items.find(itemId).orElseThrow(() -> new NotFoundException("id", itemId,
                    "Không có nhiệm vụ kế hoạch này"));
            Plan plan = plans.plan(item.planId());
            PlanTask task = plan.tasks().stream().filter(t -> t.number() == item.taskNumber()).findFirst()
                    .orElseThrow(() -> new NotFoundException("id", itemId, "Kế hoạch " + plan.number()
                            + " không còn nhiệm vụ số " + item.taskNumber()));
            TaskBody body = task.leads().stream().filter(b -> b.kind() == item.body()).findFirst()
                    .orElseThrow(() -> new NotFoundException("id", itemId, "Kế hoạch " + plan.number()
                            + " không còn giao nhiệm vụ số " + item.taskNumber() + " cho " + item.body()
                            .vietnameseName()));
            AdministrativeUnit unit = unitInYear(item.unitCode(), item.year());
            BodyKind answering = body.answeredBy();
            if (!unit.id().equals(item.unit()) || !bodies.answersFor(unit, answering)) {
                String unitName = unit.name() == null || unit.name().isBlank() ? unit.code()
                        : unit.name().substring(0, 1).toLowerCase(new java.util.Locale("vi")) + unit.name().substring(1);
                throw new NotResponsibleException("id", itemId, "Chỉ " + answering.vietnameseName() + " "
                        + unitName + " (cơ quan chịu trách nhiệm" + (answering == body.kind() ? ""
                        : " thay " + body.displayName()) + ") được cập nhật tình trạng nhiệm vụ “" + task.name()
                        + "” năm " + item.year());
            }
            if (version != null && version != item.version()) {
                throw new ConflictException(ConflictException.Kind.CONCURRENT_CHANGE, "version", version,
                        "Nhiệm vụ này đã được người khác cập nhật (phiên bản " + item.version()
                                + "); hãy tải lại rồi cập nhật lại");
            }
            if (item.status() == status && Objects.equals(item.note(), cleanNote)) {
                return line(item, plan, task, body, unit);
            }
            Instant now = clock.instant();
            PlanTaskItem saved = items.update(item.withStatus(status, cleanNote, by.name(), now));
            audit.append(AuditRecord.of(Audited.PLAN_TASK_ITEM, saved.id(), AuditAction.PLAN_TASK_STATUS_SET, by,
                    now, text(item), text(saved), null));
            return line(saved, plan, task, body, unit);
        });
    }

    /** The item {@code id} as stored; refuses an unknown id. */
    public PlanTaskItem item(long id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("id", id, "Không có nhiệm vụ kế hoạch này"));
    }

    /** The item {@code id} as a line, with the plan's words; refuses an unknown id. */
    public Line line(long id) {
        PlanTaskItem item = items.find(id).orElseThrow(() -> new NotFoundException("id", id,
                "Không có nhiệm vụ kế hoạch này"));
        Plan plan = plans.plan(item.planId());
        PlanTask task = plan.tasks().stream().filter(t -> t.number() == item.taskNumber()).findFirst().orElseThrow(
                () -> new NotFoundException("id", id, "Kế hoạch " + plan.number() + " không còn nhiệm vụ số "
                        + item.taskNumber()));
        TaskBody body = task.leads().stream().filter(b -> b.kind() == item.body()).findFirst().orElseThrow(
                () -> new NotFoundException("id", id, "Kế hoạch " + plan.number() + " không còn giao nhiệm vụ này"));
        return line(item, plan, task, body, unitInYear(item.unitCode(), item.year()));
    }

    private Line line(PlanTaskItem item, Plan plan, PlanTask task, TaskBody body, AdministrativeUnit unit) {
        return new Line(item, plan, task, body, task.joins(), item.overdueOn(LocalDate.now(clock)), unit);
    }

    /**
     * The unit holding {@code code} in {@code year}, as its tasks are read: on the year's day
     * ({@link #dayOf}), else on its own last day in the year when it ended in it. Reads, makes nothing.
     */
    public AdministrativeUnit unitInYear(String code, int year) {
        try {
            return units.unitOn(code, dayOf(year));
        } catch (NotFoundException e) {
            Optional<AdministrativeUnit> ended = units.latestOf(code)
                    .filter(u -> u.validity().to() != null && u.validity().to().getYear() == year);
            if (ended.isPresent()) {
                return units.unitOn(code, ended.get().validity().to());
            }
            throw e;
        }
    }

    /** An item as the audit trail keeps it: {@code 10507 2025 thai-binh-29-kh-khkh-2022#6 ASSOCIATION: DONE (ghi chú: …)}. */
    static String text(PlanTaskItem item) {
        return item.unitCode() + " " + item.year() + " " + item.planId() + "#" + item.taskNumber() + " "
                + item.body() + ": " + item.status() + (item.note() == null ? "" : " (ghi chú: " + item.note() + ")");
    }

    private static Map<String, PlanTaskItem> byKey(List<PlanTaskItem> list) {
        Map<String, PlanTaskItem> map = new HashMap<>();
        list.forEach(item -> map.put(key(item.planId(), item.taskNumber(), item.body()), item));
        return map;
    }

    private static String key(String planId, int taskNumber, BodyKind body) {
        return planId + "#" + taskNumber + "#" + body;
    }
}
