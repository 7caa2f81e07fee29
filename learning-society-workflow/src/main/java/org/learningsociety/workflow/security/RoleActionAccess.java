package org.learningsociety.workflow.security;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.learningsociety.workflow.api.Action;
import org.learningsociety.workflow.api.ActionAccess;
import org.learningsociety.workflow.api.ActionForbiddenException;

/**
 * The permission matrix before a handler runs: the caller needs a role, in some unit, granted the
 * handler's action; which unit's records it may then touch is {@link OfficerUnitAccess}'s to check.
 */
public class RoleActionAccess implements ActionAccess {

    private final CallerRoles callerRoles;
    private final PermissionMatrix matrix;

    public RoleActionAccess(CallerRoles callerRoles, PermissionMatrix matrix) {
        this.callerRoles = Objects.requireNonNull(callerRoles);
        this.matrix = Objects.requireNonNull(matrix);
    }

    @Override
    public void requireAllowed(Action action) {
        List<CallerRoles.Held> held = callerRoles.current();
        if (held.stream().noneMatch(role -> matrix.permits(role.role(), action))) {
            throw refusal(matrix, held, action);
        }
    }

    /**
     * "Vai trò Hội Khuyến học (hoikhuyenhoc10507) không được phép xoá dữ liệu cá nhân (erase-personal-data);
     * thao tác này dành cho: UBND, quản trị hệ thống".
     */
    static ActionForbiddenException refusal(PermissionMatrix matrix, List<CallerRoles.Held> held, Action action) {
        String who = held.isEmpty() ? "Tài khoản không có vai trò nào của hệ thống xây dựng xã hội học tập nên"
                : "Vai trò " + held.stream().map(CallerRoles.Held::describe).collect(Collectors.joining(", "));
        List<PermissionRole> permitted = matrix.rolesPermitting(action);
        return new ActionForbiddenException(action, who + " không được phép " + action.vietnameseName() + " ("
                + action.slug() + "); " + (permitted.isEmpty() ? "cấu hình hiện tại không cho vai trò nào thao tác này"
                : "thao tác này dành cho: " + permitted.stream().map(PermissionRole::vietnameseName)
                        .collect(Collectors.joining(", "))));
    }
}
