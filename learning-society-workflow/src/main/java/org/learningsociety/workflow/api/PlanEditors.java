package org.learningsociety.workflow.api;

import org.learningsociety.core.plan.PlanScope;

/**
 * Who may change a plan through the API ({@code POST /plans}): asked with the scope of the plan as
 * stored and as sent. The security auto-configuration supplies one that lets an administrator change
 * every plan and a province's emulation board ({@code thidua<province code>}) its province's plans;
 * without Spring Security nobody may, unless the portal supplies its own.
 */
@FunctionalInterface
public interface PlanEditors {

    /** Refuses with {@link OutOfScopeException} unless the caller may change a plan of {@code scope}. */
    void requireMayChange(PlanScope scope);

    /** Nobody may change a plan: without Spring Security there is no caller to tell apart. */
    static PlanEditors nobody() {
        return scope -> {
            throw new OutOfScopeException("scope", scope.unitCode(), "Ứng dụng chưa cấu hình ai được sửa kế hoạch "
                    + "(không có Spring Security và không có PlanEditors riêng)");
        };
    }
}
