package org.learningsociety.workflow.api;

import java.time.LocalDate;
import org.learningsociety.core.unit.UnitId;

/**
 * Whether the caller may act on a unit: the API asks before it reads or changes anything of a unit.
 * The security auto-configuration supplies one that lets an officer reach their own unit and the
 * units beneath it, for the actions their roles there are granted (the action of the library's handler
 * being run, {@link LibraryActions#current()}, else {@link Action#READ}); without Spring Security, and
 * without a portal's own, the API refuses every request ({@link #nobody()}).
 */
public interface UnitAccess {

    /** Refuses with {@link OutOfScopeException} unless the caller may reach the unit holding {@code code} on {@code on}. */
    void requireAccess(String code, LocalDate on);

    /** Refuses with {@link OutOfScopeException} unless the caller may reach unit {@code id} (or what it became). */
    void requireAccess(UnitId id);

    /**
     * Refuses unless the caller may perform {@code action} on the unit holding {@code code} on {@code on}: for
     * a portal's own code outside the library's handlers, which name their action themselves. The default
     * ignores the action (a portal's own {@code UnitAccess} decides by the unit alone); the library's
     * checks it against the permission matrix.
     */
    default void requireAccess(String code, LocalDate on, Action action) {
        requireAccess(code, on);
    }

    /** {@link #requireAccess(String, LocalDate, Action)} for unit {@code id} (or what it became). */
    default void requireAccess(UnitId id, Action action) {
        requireAccess(id);
    }

    /** Whether the caller may reach the unit holding {@code code} on {@code on}. */
    default boolean mayReach(String code, LocalDate on) {
        try {
            requireAccess(code, on);
            return true;
        } catch (OutOfScopeException e) {
            return false;
        }
    }

    /** The message of every refusal when the portal has neither Spring Security nor a rule of its own. */
    String NO_RULE = "API xây dựng xã hội học tập từ chối mọi yêu cầu: cổng thông tin chưa có Spring Security"
            + " và chưa cung cấp quy tắc truy cập đơn vị (UnitAccess) của mình";

    /** Lets no caller reach any unit: the library's default without Spring Security. */
    static UnitAccess nobody() {
        return new UnitAccess() {
            @Override
            public void requireAccess(String code, LocalDate on) {
                throw new OutOfScopeException("unitCode", code, NO_RULE);
            }

            @Override
            public void requireAccess(UnitId id) {
                throw new OutOfScopeException("unitId", id == null ? null : id.value(), NO_RULE);
            }
        };
    }

    /**
     * Lets every caller reach every unit: for a portal that puts the API behind its own gate (a
     * gateway, a network) and declares this as its {@code UnitAccess} bean knowingly.
     */
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
