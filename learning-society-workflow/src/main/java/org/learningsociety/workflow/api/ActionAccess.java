package org.learningsociety.workflow.api;

/**
 * Whether the caller may perform an action at all, in some unit: asked before a handler method runs,
 * with the action it names ({@link LibraryAction}). The security auto-configuration supplies one that
 * reads the caller's roles against the permission matrix
 * ({@code learning-society.security.permissions.*}); whether the caller may perform it on a given
 * unit's record is {@link UnitAccess}'s to say, with the same action.
 */
@FunctionalInterface
public interface ActionAccess {

    /** Refuses with {@link ActionForbiddenException} unless one of the caller's roles is granted {@code action}. */
    void requireAllowed(Action action);

    /**
     * Every action allowed, leaving the whole decision to the {@link UnitAccess}: the library's choice when
     * the portal supplies a {@code UnitAccess} of its own, or has no Spring Security.
     */
    static ActionAccess everyAction() {
        return action -> {
        };
    }
}
