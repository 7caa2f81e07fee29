package org.learningsociety.workflow.security;

import java.util.Objects;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Bearer JWTs on the REST API: checked by the portal's {@link JwtDecoder} (Spring Boot's, from
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}: signature, issuer,
 * expiry), their claims turned into the caller's authorities by {@link OfficerClaims}. The chain's
 * authentication manager knows these tokens only: a portal's own authentication providers are not
 * asked, and HTTP basic is not taken.
 */
public class JwtApiBearerTokens implements ApiBearerTokens {

    private final JwtDecoder decoder;
    private final Converter<Jwt, ? extends AbstractAuthenticationToken> claims;

    public JwtApiBearerTokens(JwtDecoder decoder, Converter<Jwt, ? extends AbstractAuthenticationToken> claims) {
        this.decoder = Objects.requireNonNull(decoder);
        this.claims = Objects.requireNonNull(claims);
    }

    @Override
    public AuthenticationEntryPoint configure(HttpSecurity http, ProblemAuthenticationEntryPoint problems)
            throws Exception {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(claims);
        ProviderManager tokens = new ProviderManager(provider);
        BearerProblemEntryPoint entryPoint = new BearerProblemEntryPoint(problems.realm());
        http.authenticationManager(tokens)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.authenticationManager(tokens))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problems));
        return entryPoint;
    }
}
