package org.learningsociety.workflow;

import org.learningsociety.core.shared.Actor;
import org.learningsociety.core.shared.CurrentActor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of a change as Spring Security knows it: the authenticated user's name, or
 * {@link Actor#SYSTEM} when no one is logged in (a timer, a job, an anonymous request).
 */
public class SpringSecurityActor implements CurrentActor {

    @Override
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                || authentication.getName() == null || authentication.getName().isBlank()) {
            return Actor.SYSTEM;
        }
        return new Actor(authentication.getName());
    }
}
