package org.learningsociety.workflow.security;

import java.util.Objects;
import org.learningsociety.core.unit.AdministrativeUnit;
import org.learningsociety.core.unit.BodyKind;
import org.learningsociety.core.unit.CallerBodies;

/**
 * The caller answers for a body in a unit when they hold that body's role in that very unit (the
 * association's {@code hoikhuyenhoc<code>} for {@link BodyKind#ASSOCIATION}, and so on), or are an
 * administrator. A role in a unit above does not reach a unit's own tasks: a province's association
 * does not report a commune association's work as done.
 */
public class CallerRoleBodies implements CallerBodies {

    private final CallerRoles roles;

    public CallerRoleBodies(CallerRoles roles) {
        this.roles = Objects.requireNonNull(roles);
    }

    @Override
    public boolean answersFor(AdministrativeUnit unit, BodyKind body) {
        return roles.current().stream().anyMatch(held -> held.role() == PermissionRole.ADMINISTRATOR
                || (held.unitCode() != null && held.unitCode().equals(unit.code())
                        && isOf(held.role(), body)));
    }

    /** Whether officers of {@code role} are the body of {@code kind}; no role is a kind without officers. */
    static boolean isOf(PermissionRole role, BodyKind kind) {
        return switch (role) {
            case ASSOCIATION -> kind == BodyKind.ASSOCIATION;
            case PEOPLES_COMMITTEE -> kind == BodyKind.PEOPLES_COMMITTEE;
            case EMULATION_BOARD -> kind == BodyKind.EMULATION_BOARD;
            case ADMINISTRATOR, SERVICE_ACCOUNT -> false;
        };
    }
}
