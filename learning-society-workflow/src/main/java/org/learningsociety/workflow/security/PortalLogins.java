package org.learningsociety.workflow.security;

import java.util.Objects;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A portal's own logins (the authentication manager Spring Security builds from the portal's
 * {@code AuthenticationProvider} or {@code UserDetailsService}, or the portal's own
 * {@code AuthenticationManager} bean) as one provider of the REST API's HTTP basic, asked before
 * Camunda's identity service: a portal's staff call the library's API with the password they log in to
 * the portal with. A name the portal does not know, or a wrong password, falls through to the next
 * provider.
 */
public class PortalLogins implements AuthenticationProvider {

    private final AuthenticationManager portal;

    public PortalLogins(AuthenticationManager portal) {
        this.portal = Objects.requireNonNull(portal);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        return portal.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
