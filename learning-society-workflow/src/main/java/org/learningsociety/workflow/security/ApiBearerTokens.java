package org.learningsociety.workflow.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How the REST API's chain authenticates callers by bearer token instead of HTTP basic over Camunda's
 * identity service: present only in JWT mode ({@code learning-society.security.jwt.enabled}), so that
 * the API's chain names no class of Spring Security's resource server.
 */
@FunctionalInterface
public interface ApiBearerTokens {

    /**
     * Sets the chain up to take bearer tokens, and no other authentication; returns the entry point
     * that answers the API's unauthenticated calls.
     */
    AuthenticationEntryPoint configure(HttpSecurity http, ProblemAuthenticationEntryPoint problems) throws Exception;
}
