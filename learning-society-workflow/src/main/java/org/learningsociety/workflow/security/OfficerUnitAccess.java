package org.learningsociety.workflow.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.workflow.api.Action;
import org.learningsociety.workflow.api.LibraryActions;
import org.learningsociety.workflow.api.OutOfScopeException;
import org.learningsociety.workflow.api.UnitAccess;

/**
 * An officer reaches the units their groups name and every unit beneath them, as their Tasklist
 * does; members of the administrators' group and the portal's service account reach everything. A
 * past unit counts through the units it went into. Within that reach, the action counts too: the caller
 * is let through when one of their roles whose unit reaches the record's is granted the action in the
 * {@link PermissionMatrix} — the action of the library's handler being run ({@link LibraryActions#current()}),
 * the one a portal's own code names, else {@link Action#READ}.
 */
public class OfficerUnitAccess implements UnitAccess {

    private final UnitDirectory units;
    private final CallerRoles callerRoles;
    private final PermissionMatrix matrix;
    private final Clock clock;

    public OfficerUnitAccess(UnitDirectory units, CallerRoles callerRoles, PermissionMatrix matrix, Clock clock) {
        this.units = Objects.requireNonNull(units);
        this.callerRoles = Objects.requireNonNull(callerRoles);
        this.matrix = Objects.requireNonNull(matrix);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void requireAccess(String code, LocalDate on) {
        requireAccess(code, on, currentAction());
    }

    @Override
    public void requireAccess(UnitId id) {
        requireAccess(id, currentAction());
    }

    @Override
    public void requireAccess(String code, LocalDate on, Action action) {
        List<CallerRoles.Held> held = callerRoles.current();
        if (held.stream().anyMatch(role -> role.everywhere() && matrix.permits(role.role(), action))) {
            return;
        }
        AdministrativeUnit unit = units.unitOn(code, on);
        List<CallerRoles.Held> reaching = held.stream().filter(role -> within(unit, on, role)).toList();
        require(unit, reaching, action);
    }

    @Override
    public void requireAccess(UnitId id, Action action) {
        List<CallerRoles.Held> held = callerRoles.current();
        if (held.stream().anyMatch(role -> role.everywhere() && matrix.permits(role.role(), action))) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        var current = units.currentSuccessorsOf(id);
        if (current.isEmpty()) {
            throw new OutOfScopeException("unit", id, "Đơn vị không còn tồn tại");
        }
        List<CallerRoles.Held> reaching = held.stream()
                .filter(role -> current.stream().anyMatch(unit -> within(unit, today, role))).toList();
        require(current.get(0), reaching, action);
    }

    private void require(AdministrativeUnit unit, List<CallerRoles.Held> reaching, Action action) {
        if (reaching.isEmpty()) {
            throw refusal(unit);
        }
        if (reaching.stream().noneMatch(role -> matrix.permits(role.role(), action))) {
            throw RoleActionAccess.refusal(matrix, reaching, action);
        }
    }

    private static Action currentAction() {
        return LibraryActions.current().orElse(Action.READ);
    }

    private boolean within(AdministrativeUnit unit, LocalDate on, CallerRoles.Held role) {
        if (role.everywhere() || role.unitCode().equals(unit.code())) {
            return true;
        }
        return units.ancestorsOf(unit, on).stream().map(AdministrativeUnit::code).anyMatch(role.unitCode()::equals);
    }

    private static OutOfScopeException refusal(AdministrativeUnit unit) {
        return new OutOfScopeException("unit", unit.code(), "Cán bộ chỉ được truy cập dữ liệu của đơn vị mình và "
                + "các đơn vị trực thuộc; " + unit.name() + " không thuộc phạm vi này");
    }
}
