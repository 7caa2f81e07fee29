package org.learningsociety.workflow.security;

import org.learningsociety.workflow.LearningSocietyProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;

/**
 * JWT mode ({@code learning-society.security.jwt.enabled=true}): the REST API takes bearer tokens from
 * the portal's identity provider instead of HTTP basic over Camunda's identity service, and reads the
 * officer's roles and units from the token's claims ({@link OfficerClaims}). The tokens are checked by
 * the portal's {@link JwtDecoder}: Spring Boot makes it from
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}.
 *
 * <p>The mode is a switch of its own, not implied by those properties: a portal whose identity provider
 * signs in its own users does not make them callers of the library's API without saying so. Only the
 * library's API chain changes; the portal's chains, and Camunda's webapps' login, stay as they are.
 */
@AutoConfiguration(before = LearningSocietySecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class, JwtAuthenticationProvider.class})
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(prefix = "learning-society.security", name = "enabled", havingValue = "true",
        matchIfMissing = true)
@ConditionalOnProperty(prefix = "learning-society.security.jwt", name = "enabled", havingValue = "true")
public class LearningSocietyJwtAutoConfiguration {

    /** The token's claims as the caller's authorities and name; a portal with other claims declares its own. */
    @Bean
    @ConditionalOnMissingBean
    public OfficerClaims learningSocietyOfficerClaims(LearningSocietyProperties properties) {
        return new OfficerClaims(properties.getSecurity());
    }

    @Bean
    @ConditionalOnMissingBean(ApiBearerTokens.class)
    public JwtApiBearerTokens learningSocietyApiBearerTokens(ObjectProvider<JwtDecoder> decoder, OfficerClaims claims) {
        return new JwtApiBearerTokens(decoder.getIfAvailable(() -> {
            throw new IllegalStateException("learning-society.security.jwt.enabled is true, but there is no "
                    + "JwtDecoder to check the tokens: set spring.security.oauth2.resourceserver.jwt.issuer-uri "
                    + "(or jwk-set-uri) to the identity provider's, or declare a JwtDecoder bean");
        }), claims);
    }
}
