package org.learningsociety.workflow.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The action a handler method of the API performs, as the permission matrix names it. Every handler
 * method of the library's controllers carries one; a request to a handler without one is refused
 * (and a test fails). The action is checked before the method runs ({@link ActionAccess}) and again,
 * against the record's unit, wherever the method asks {@link UnitAccess}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LibraryAction {

    Action value();
}
