package org.learningsociety.workflow.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.learningsociety.core.plan.PlanScope;
import org.learningsociety.core.unit.UnitLevel;
import org.learningsociety.workflow.api.OutOfScopeException;
import org.learningsociety.workflow.api.PlanEditors;
import org.learningsociety.workflow.cycle.CandidateGroups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may change a plan, explicitly and nothing more: a member of the administrators' group changes
 * any plan; a member of a province's emulation board ({@code <board role><province code>}, by default
 * {@code thidua31}) changes the plans whose scope is that province. Nobody else — not a commune's
 * officers, not another province's board, and for the national programme ({@code VN}) only
 * administrators.
 */
public class OfficerPlanEditors implements PlanEditors {

    private final Set<String> administratorGroups;
    private final String boardRole;

    /** @param boardRole the role word of the emulation boards' group ids ({@code thidua}) */
    public OfficerPlanEditors(Collection<String> administratorGroups, String boardRole) {
        this.administratorGroups = Set.copyOf(administratorGroups);
        this.boardRole = Objects.requireNonNull(boardRole);
    }

    @Override
    public void requireMayChange(PlanScope scope) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            throw new OutOfScopeException("user", null, "Cần đăng nhập để sửa kế hoạch");
        }
        Set<String> groups = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (groups.stream().anyMatch(administratorGroups::contains)) {
            return;
        }
        if (scope.level() == UnitLevel.PROVINCE && scope.unitCode() != null
                && CandidateGroups.UNIT_CODE.matcher(scope.unitCode()).matches()
                && groups.contains(CandidateGroups.of(boardRole, scope.unitCode()))) {
            return;
        }
        throw new OutOfScopeException("scope", scope.unitCode(), scope.level() == UnitLevel.PROVINCE
                ? "Chỉ quản trị viên và Ban Thi đua – Khen thưởng của tỉnh, thành phố " + scope.unitCode()
                        + " được sửa kế hoạch của tỉnh, thành phố này"
                : "Chỉ quản trị viên được sửa kế hoạch cấp Trung ương");
    }
}
