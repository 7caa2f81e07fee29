package org.learningsociety.workflow.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The action of the request being handled: set from the handler method's {@link LibraryAction} before it
 * runs, after {@link ActionAccess} let it through, so that {@link UnitAccess} checks the same action
 * against the record's unit. A portal's own page that asks {@code UnitAccess} outside the library's
 * handlers names its action itself ({@link UnitAccess#requireAccess(String, java.time.LocalDate, Action)}),
 * or is checked as {@link Action#READ}.
 */
public final class LibraryActions {

    /** The request attribute holding the current {@link Action}. */
    public static final String ATTRIBUTE = LibraryActions.class.getName() + ".action";

    private LibraryActions() {
    }

    /** The action the library's handler of the current request names; empty outside one. */
    public static Optional<Action> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((Action) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    /** The action a handler method of the library names, if it names one. */
    public static Optional<Action> of(Method handler) {
        LibraryAction action = handler.getAnnotation(LibraryAction.class);
        return action == null ? Optional.empty() : Optional.of(action.value());
    }

    /**
     * Before each handler method of the library's controllers: refuses one that names no action, asks
     * {@link ActionAccess} about the one it names, and keeps it for {@link #current()}. Other handlers (the
     * portal's own) pass untouched.
     */
    static HandlerInterceptor interceptor(ActionAccess access) {
        Objects.requireNonNull(access);
        return new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!LibraryJson.handledByLibrary(handler)) {
                    return true;
                }
                HandlerMethod method = (HandlerMethod) handler;
                Action action = of(method.getMethod()).orElseThrow(() -> new OutOfScopeException("action", null,
                        "Địa chỉ này chưa được gán thao tác trong ma trận phân quyền nên không ai được gọi ("
                                + method.getBeanType().getSimpleName() + "." + method.getMethod().getName() + ")"));
                access.requireAllowed(action);
                request.setAttribute(ATTRIBUTE, action);
                return true;
            }
        };
    }
}
