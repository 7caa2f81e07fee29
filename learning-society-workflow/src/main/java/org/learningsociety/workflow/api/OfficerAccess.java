package org.learningsociety.workflow.api;

import org.learningsociety.workflow.officer.OfficerRole;

/**
 * Who may give officers their roles: the officers endpoints ask before they change or show anything.
 * The security auto-configuration supplies one that lets administrators give any role anywhere and a
 * province's emulation board (Ban Thi đua – Khen thưởng) give the other roles in its own province's
 * units; without Spring Security nobody may ({@link #nobody()}), unless the portal supplies its own.
 */
public interface OfficerAccess {

    /**
     * Refuses with {@link OutOfScopeException} unless the caller may give or take {@code role} in the unit
     * holding {@code unitCode} today, or, for a past unit, in what it became.
     */
    void requireMayProvision(OfficerRole role, String unitCode);

    /** Whether the caller may give roles in some unit: an administrator or an emulation board. */
    boolean mayProvisionAnywhere();

    /** Whether the caller is the user {@code userId}: an officer may read their own roles. */
    boolean isCaller(String userId);

    /** Whether the caller may give or take {@code role} in the unit holding {@code unitCode} (or what it became). */
    default boolean mayProvision(OfficerRole role, String unitCode) {
        try {
            requireMayProvision(role, unitCode);
            return true;
        } catch (OutOfScopeException e) {
            return false;
        }
    }

    /** Refuses everyone: without Spring Security no caller can be told apart. */
    static OfficerAccess nobody() {
        return new OfficerAccess() {
            @Override
            public void requireMayProvision(OfficerRole role, String unitCode) {
                throw new OutOfScopeException("role", role == null ? null : role.slug(), "Cổng thông tin chưa cấu hình "
                        + "quyền phân công cán bộ (cần Spring Security hoặc một OfficerAccess của cổng)");
            }

            @Override
            public boolean mayProvisionAnywhere() {
                return false;
            }

            @Override
            public boolean isCaller(String userId) {
                return false;
            }
        };
    }
}
