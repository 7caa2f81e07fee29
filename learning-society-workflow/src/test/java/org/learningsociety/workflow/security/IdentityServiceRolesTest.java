package org.learningsociety.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.officer.OfficerRole;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A portal's user, logged in by the portal, gets the library's groups Camunda's identity service holds
 * for them as authorities for the request (and no other group of theirs), in one query; none for an
 * anonymous caller, and none for a caller Camunda's identity service logged in during the request.
 */
class IdentityServiceRolesTest {

    private static final String ASSOCIATION = OfficerRole.ASSOCIATION.groupId("10507");

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final IdentityServiceRoles filter = new IdentityServiceRoles(identity, GroupUnits.libraryRoles(),
            List.of("camunda-admin"));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aPortalsUserGetsTheLibrarysGroupsAndTheAdministratorsNotItsOtherGroupsAndTheSessionsContextIsLeftAlone()
            throws Exception {
        groupsOf("canbomotcua", ASSOCIATION, "tiepdan10507", "staff", "camunda-admin");
        SecurityContext portals = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                "canbomotcua", null, AuthorityUtils.createAuthorityList("ROLE_STAFF")));
        SecurityContextHolder.setContext(portals);

        Authentication seen = run();

        assertThat(names(seen)).containsExactlyInAnyOrder("ROLE_STAFF", ASSOCIATION, "camunda-admin");
        assertThat(seen.getName()).isEqualTo("canbomotcua");
        assertThat(names(portals.getAuthentication())).containsExactly("ROLE_STAFF");
        verify(identity, times(1)).createGroupQuery();
    }

    @Test
    void anAnonymousCallerIsNotLookedUp() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(run()).isInstanceOf(AnonymousAuthenticationToken.class);
        verify(identity, never()).createGroupQuery();
    }

    @Test
    void aCallerCamundasIdentityServiceLoggedInDuringTheRequestIsNotLookedUpTwice() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/learning-society/v1/subjects");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Authentication officer = UsernamePasswordAuthenticationToken.authenticated("hkthanhdong", null,
                AuthorityUtils.createAuthorityList(ASSOCIATION));
        Authentication loggedIn = IdentityServiceRoles.groupsReadBy(new org.springframework.security.authentication
                .AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return officer;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        }).authenticate(UsernamePasswordAuthenticationToken.unauthenticated("hkthanhdong", "secret"));
        SecurityContextHolder.getContext().setAuthentication(loggedIn);

        assertThat(run(request)).isSameAs(officer);
        verify(identity, never()).createGroupQuery();
    }

    private Authentication run() throws Exception {
        return run(new MockHttpServletRequest("GET", "/api/learning-society/v1/subjects"));
    }

    /** What the handler behind the filter sees as the caller. */
    private Authentication run(MockHttpServletRequest request) throws Exception {
        AtomicReference<Authentication> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(jakarta.servlet.http.HttpServletRequest req,
                            jakarta.servlet.http.HttpServletResponse res) {
                        seen.set(SecurityContextHolder.getContext().getAuthentication());
                    }
                }));
        return seen.get();
    }

    private void groupsOf(String user, String... ids) {
        List<Group> groups = java.util.Arrays.stream(ids).map(id -> {
            Group group = mock(Group.class);
            when(group.getId()).thenReturn(id);
            return group;
        }).toList();
        when(identity.createGroupQuery().groupMember(anyString()).list()).thenReturn(groups);
        org.mockito.Mockito.clearInvocations(identity);
    }

    private static Set<String> names(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
