package org.example.existingportal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The portal's staff open Tasklist logged in already: Camunda's webapps take the user the portal's own
 * login authenticated (Camunda's container-based authentication, {@link PortalSecurity#tasklistLogin}),
 * with a Camunda group per role ({@code ROLE_STAFF} → {@code staff}, the candidate group of the portal's
 * own task) and the groups Camunda's identity service holds for them. Camunda's webapps take only users
 * its identity service knows: the portal keeps its staff there ({@link PortalSecurity#staffInTasklist}).
 */
public class TasklistLogin implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user.getName() == null) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(user.getName());
        Set<String> groups = new TreeSet<>();
        user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(role -> role.substring("ROLE_".length()).toLowerCase(Locale.ROOT))
                .forEach(groups::add);
        // and the groups the engine's identity service holds for them (roles given in Camunda's Admin, say)
        engine.getIdentityService().createGroupQuery().groupMember(user.getName()).list()
                .forEach(group -> groups.add(group.getId()));
        result.setGroups(List.copyOf(groups));
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the portal's own chain has sent anyone not logged in to its login page already
    }
}
