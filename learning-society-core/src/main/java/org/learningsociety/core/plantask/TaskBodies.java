package org.learningsociety.core.plantask;

import org.learningsociety.core.plan.BodyKind;
import org.learningsociety.core.unit.AdministrativeUnit;

/**
 * Whether the caller answers for a body in a unit: holds the role of that kind in that very unit (its
 * officers), or is an administrator. The Spring starter reads the caller's roles; without it nobody does.
 */
@FunctionalInterface
public interface TaskBodies {

    /** Nobody answers for any body. */
    TaskBodies NOBODY = (unit, body) -> false;

    boolean answersFor(AdministrativeUnit unit, BodyKind body);
}
