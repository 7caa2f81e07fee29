package org.learningsociety.workflow.api;

import java.time.LocalDate;
import org.learningsociety.core.unit.UnitId;

/**
 * Whether the caller may act on a unit: the API asks before it reads or changes anything of a unit.
 * The security auto-configuration supplies one that lets an officer reach their own unit and the
 * units beneath it; without Spring Security every caller may reach every unit.
 */
public interface UnitAccess {

    /** Refuses with {@link OutOfScopeException} unless the caller may reach the unit holding {@code code} on {@code on}. */
    void requireAccess(String code, LocalDate on);

    /** Refuses with {@link OutOfScopeException} unless the caller may reach unit {@code id} (or what it became). */
    void requireAccess(UnitId id);

    /** Whether the caller may reach the unit holding {@code code} on {@code on}. */
    default boolean mayReach(String code, LocalDate on) {
        try {
            requireAccess(code, on);
            return true;
        } catch (OutOfScopeException e) {
            return false;
        }
    }

    /** Lets every caller reach every unit: for portals without Spring Security. */
    static UnitAccess everyone() {
        return new UnitAccess() {
            @Override
            public void requireAccess(String code, LocalDate on) {
            }

            @Override
            public void requireAccess(UnitId id) {
            }
        };
    }
}
