package org.learningsociety.core.shared;

/**
 * Who is acting now, as the host knows it: the Spring starter reads Spring Security's context
 * (else {@link Actor#SYSTEM}); a portal may supply its own. Application services ask it once per
 * change, to write the actor into the audit trail.
 */
@FunctionalInterface
public interface CurrentActor {

    /** Always {@link Actor#SYSTEM}: for tools and tests without users. */
    CurrentActor SYSTEM = () -> Actor.SYSTEM;

    Actor get();

    /** Always {@code actor}. */
    static CurrentActor fixed(Actor actor) {
        return () -> actor;
    }
}
