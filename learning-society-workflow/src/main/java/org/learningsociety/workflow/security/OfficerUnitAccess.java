package org.learningsociety.workflow.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.core.unit.UnitId;
import org.learningsociety.workflow.api.OutOfScopeException;
import org.learningsociety.workflow.api.UnitAccess;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An officer reaches the units their groups name and every unit beneath them, as their Tasklist
 * does; members of the administrators' group reach everything. A past unit counts through the
 * units it went into.
 */
public class OfficerUnitAccess implements UnitAccess {

    private final UnitDirectory units;
    private final GroupUnits groupUnits;
    private final Set<String> administratorGroups;
    private final Clock clock;

    public OfficerUnitAccess(UnitDirectory units, GroupUnits groupUnits, Collection<String> administratorGroups,
            Clock clock) {
        this.units = Objects.requireNonNull(units);
        this.groupUnits = Objects.requireNonNull(groupUnits);
        this.administratorGroups = Set.copyOf(administratorGroups);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void requireAccess(String code, LocalDate on) {
        Optional<Set<String>> reach = reach();
        if (reach.isEmpty()) {
            return;
        }
        AdministrativeUnit unit = units.unitOn(code, on);
        if (!within(unit, on, reach.get())) {
            throw refusal(unit);
        }
    }

    @Override
    public void requireAccess(UnitId id) {
        Optional<Set<String>> reach = reach();
        if (reach.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        var current = units.currentSuccessorsOf(id);
        if (current.isEmpty() || current.stream().noneMatch(unit -> within(unit, today, reach.get()))) {
            throw current.isEmpty() ? new OutOfScopeException("unit", id, "Đơn vị không còn tồn tại")
                    : refusal(current.get(0));
        }
    }

    /** The unit codes the caller reaches; empty for an administrator, who reaches everything. */
    private Optional<Set<String>> reach() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            throw new OutOfScopeException("user", null, "Cần đăng nhập để truy cập dữ liệu của đơn vị");
        }
        Set<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (groups.stream().anyMatch(administratorGroups::contains)) {
            return Optional.empty();
        }
        return Optional.of(groups.stream().map(groupUnits::unitCodeOf).flatMap(Optional::stream)
                .collect(Collectors.toSet()));
    }

    private boolean within(AdministrativeUnit unit, LocalDate on, Set<String> reach) {
        if (reach.contains(unit.code())) {
            return true;
        }
        return units.ancestorsOf(unit, on).stream().map(AdministrativeUnit::code).anyMatch(reach::contains);
    }

    private static OutOfScopeException refusal(AdministrativeUnit unit) {
        return new OutOfScopeException("unit", unit.code(), "Cán bộ chỉ được truy cập dữ liệu của đơn vị mình và "
                + "các đơn vị trực thuộc; " + unit.name() + " không thuộc phạm vi này");
    }
}
