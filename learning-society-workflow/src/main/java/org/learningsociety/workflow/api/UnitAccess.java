package org.learningsociety.workflow.api;

import java.time.LocalDate;
import org.learningsociety.core.unit.UnitId;

/**
 * Whether the caller may act on a unit: the API asks before it reads or changes anything of a unit.
 * The security auto-configuration supplies one that lets an officer reach their own unit and the
 * units beneath it; without Spring Security, and without a portal's own, the API refuses every
 * request ({@link #nobody()}).
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
