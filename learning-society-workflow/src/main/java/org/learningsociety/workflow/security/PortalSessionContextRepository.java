package org.learningsociety.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security context a portal's own chain saved in the HTTP session when its user logged in
 * (Spring Security's {@link HttpSessionSecurityContextRepository}, attribute
 * {@code SPRING_SECURITY_CONTEXT}), read by the REST API's chain and never written: the API creates no
 * session and changes none. {@link #authenticatesByCookie} tells which calls the session authenticates,
 * the ones that must carry the CSRF token.
 */
public class PortalSessionContextRepository implements SecurityContextRepository {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();

    public PortalSessionContextRepository() {
        session.setAllowSessionCreation(false);
        session.setDisableUrlRewriting(true);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(
            HttpServletRequest request) {
        return session.loadDeferredContext(request);
    }

    /** Nothing is written: the portal's session is the portal's. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return session.containsContext(request);
    }

    /**
     * The calls the portal's session cookie authenticates and which change something: an unsafe method,
     * no {@code Authorization} header (HTTP basic and bearer tokens are no cookie a browser sends by
     * itself), and a logged-in context in the session. These need the CSRF token.
     */
    public RequestMatcher authenticatesByCookie() {
        return request -> !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null
                && containsContext(request);
    }
}
