package org.learningsociety.core.unit;

/**
 * Whether the caller answers for a body in a unit: holds the role of that kind in that very unit (its
 * officers), or is an administrator. Asked where the body matters, not only the unit: a plan task's status
 * (set by the body answering for it), a recognition (issued by the body the plans or the criteria set name,
 * revoked by the body that issued it). The Spring starter reads the caller's roles; without it nobody does.
 */
@FunctionalInterface
public interface CallerBodies {

    /** Nobody answers for any body. */
    CallerBodies NOBODY = (unit, body) -> false;

    /** Whether the caller acts for the body of kind {@code body} of {@code unit}. */
    boolean answersFor(AdministrativeUnit unit, BodyKind body);
}
