package org.learningsociety.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A portal's user, logged in by the portal's own login, holds the library roles a portal gave it through
 * {@link org.learningsociety.workflow.officer.OfficerProvisioning}: the user's memberships in Camunda's
 * identity service, by the authenticated name, join the caller's authorities for this request — the
 * library's own groups ({@link GroupUnits#roleOf}, {@code hoikhuyenhoc10507}) and the administrators'
 * group only, never a portal's other groups. One identity query per API request, made in the REST
 * API's chain after authentication, none when Camunda's identity service logged the caller in during this
 * request ({@link #groupsReadBy}: its groups are the authorities already); the authentication the portal saved in its session is left as it
 * was (a new context for this request only).
 */
public class IdentityServiceRoles extends OncePerRequestFilter {

    private static final String GROUPS_READ = IdentityServiceRoles.class.getName() + ".GROUPS_READ";

    private final IdentityService identity;
    private final GroupUnits groupUnits;
    private final Set<String> administratorGroups;
    private SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    public IdentityServiceRoles(IdentityService identity, GroupUnits groupUnits, Collection<String> administratorGroups) {
        this.identity = Objects.requireNonNull(identity);
        this.groupUnits = Objects.requireNonNull(groupUnits);
        this.administratorGroups = Set.copyOf(administratorGroups);
    }

    /**
     * Camunda's identity provider in the API's chain, marking the authentication it made in this request:
     * it read the user's groups already, so the filter reads them no second time.
     */
    public static AuthenticationProvider groupsReadBy(AuthenticationProvider camundasLogins) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                Authentication result = camundasLogins.authenticate(authentication);
                RequestAttributes request = RequestContextHolder.getRequestAttributes();
                if (result != null && request != null) {
                    request.setAttribute(GROUPS_READ, result, RequestAttributes.SCOPE_REQUEST);
                }
                return result;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return camundasLogins.supports(authentication);
            }
        };
    }

    public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy holder) {
        this.holder = Objects.requireNonNull(holder);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = holder.getContext().getAuthentication();
        if (caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)
                && caller.getName() != null && !caller.getName().isBlank()
                && request.getAttribute(GROUPS_READ) != caller) {
            Set<String> held = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            List<String> libraryGroups = libraryGroupsOf(caller.getName()).stream()
                    .filter(group -> !held.contains(group)).toList();
            if (!libraryGroups.isEmpty()) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(new WithLibraryRoles(caller, libraryGroups));
                holder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** The user's groups in Camunda's identity service that are the library's roles or its administrators'. */
    public List<String> libraryGroupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .filter(id -> administratorGroups.contains(id)
                        || (groupUnits.unitCodeOf(id).isPresent() && groupUnits.roleOf(id).isPresent()))
                .toList();
    }

    /** The portal's authentication, with the library's groups added to its authorities. */
    public static final class WithLibraryRoles extends AbstractAuthenticationToken {

        private final Authentication portals;

        WithLibraryRoles(Authentication portals, List<String> libraryGroups) {
            super(merged(portals, libraryGroups));
            this.portals = portals;
            setDetails(portals.getDetails());
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> merged(Authentication portals, List<String> libraryGroups) {
            Set<GrantedAuthority> all = new LinkedHashSet<>(portals.getAuthorities());
            libraryGroups.stream().map(SimpleGrantedAuthority::new).forEach(all::add);
            return List.copyOf(all);
        }

        /** The authentication the portal's login made. */
        public Authentication portals() {
            return portals;
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return portals.getPrincipal();
        }

        @Override
        public String getName() {
            return portals.getName();
        }
    }
}
