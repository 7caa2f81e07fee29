package org.learningsociety.core.plantask;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.learningsociety.core.unit.UnitId;

/** The repository of plan task items ({@code ls_plan_task_item}). */
public interface PlanTaskItems {

    /** The items of {@code unit} in {@code year}, of every plan. */
    List<PlanTaskItem> find(UnitId unit, int year);

    Optional<PlanTaskItem> find(long id);

    /**
     * Stores the items not stored yet (by plan, task, unit, body and year); an item another request
     * stored meanwhile is skipped, not refused. Answers nothing: read them again.
     */
    void addMissing(Collection<PlanTaskItem> items);

    /**
     * Replaces the item stored at {@code item.version()}, answering it at the next version; refuses
     * ({@code ConflictException}) an item changed meanwhile.
     */
    PlanTaskItem update(PlanTaskItem item);

    /** Sets the plan version and due date an item was read from, keeping its version (the plan changed, not the item). */
    void refreshDueDate(long id, int planVersion, java.time.LocalDate dueDate);
}
