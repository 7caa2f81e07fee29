package org.learningsociety.core.plan;

import java.util.List;
import java.util.Objects;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.UnitLevel;

/**
 * A body a task of the plan gives work to, leading or joining: its kind, the levels at which it acts
 * (the association at each level of the province, the province's steering committee), the plan's own
 * words for it, and, for a kind without officers in the library, the body of the same unit that
 * answers for it (sets its tasks' status).
 *
 * @param levels the unit levels at which the body acts: a lead body's task is tracked for each unit of
 *     these levels the plan covers
 * @param name the plan's words for the body, {@code null} for the kind's generic name
 * @param setBy the body kind (with officers) that sets this body's status in the same unit;
 *     {@code null} for a kind with officers, which sets its own
 */
public record TaskBody(BodyKind kind, List<UnitLevel> levels, String name, BodyKind setBy) {

    public TaskBody {
        Objects.requireNonNull(kind, "kind");
        levels = List.copyOf(levels);
        name = name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
    }

    /** The plan's name for the body, else the kind's. */
    public String displayName() {
        return name != null ? name : kind.vietnameseName();
    }

    /** The kind whose officers set the status of this body's task items: itself, or the one the plan names. */
    public BodyKind answeredBy() {
        return setBy != null ? setBy : kind;
    }

    /** Whether the body acts at {@code level}. */
    public boolean actsAt(UnitLevel level) {
        return levels.contains(level);
    }
}
