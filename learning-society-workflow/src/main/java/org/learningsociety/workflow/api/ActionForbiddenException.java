package org.learningsociety.workflow.api;

/**
 * The caller's roles do not grant the endpoint's action (on this unit): answered 403 with the problem
 * type {@code action-forbidden}, apart from a unit outside the caller's reach ({@code out-of-scope}).
 */
public class ActionForbiddenException extends OutOfScopeException {

    private final Action action;

    public ActionForbiddenException(Action action, String message) {
        super("action", action.slug(), message);
        this.action = action;
    }

    public Action action() {
        return action;
    }
}
