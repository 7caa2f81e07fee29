package org.learningsociety.workflow.security;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.learningsociety.core.unit.UnitDirectory;
import org.learningsociety.workflow.LearningSocietyAutoConfiguration;
import org.learningsociety.workflow.api.LearningSocietyApi;
import org.learningsociety.workflow.api.OfficerAccess;
import org.learningsociety.workflow.api.UnitAccess;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Officers log in over Camunda's identity service. The REST API under
 * {@value LearningSocietyApi#BASE_PATH} takes HTTP basic authentication, statelessly, and reaches
 * only the caller's units ({@link OfficerUnitAccess}); Camunda's webapps ({@code /camunda/**}) keep
 * their own login and CSRF protection; the engine's REST API ({@code /engine-rest/*}) gets Camunda's
 * HTTP basic authentication filter. Pages of the portal itself are the portal's to secure. Every bean
 * steps aside for a portal's own.
 */
@AutoConfiguration(after = {CamundaBpmAutoConfiguration.class, LearningSocietyAutoConfiguration.class},
        before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, IdentityService.class})
@ConditionalOnBean(IdentityService.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(prefix = "learning-society.security", name = "enabled", havingValue = "true",
        matchIfMissing = true)
public class LearningSocietySecurityAutoConfiguration {

    /** The group whose members reach every unit: Camunda's administrators. */
    public static final String ADMINISTRATORS = "camunda-admin";

    @Bean
    @ConditionalOnMissingBean
    public CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identity) {
        return new CamundaIdentityAuthenticationProvider(identity);
    }

    @Bean
    @ConditionalOnMissingBean
    public GroupUnits learningSocietyGroupUnits() {
        return GroupUnits.roleColonCode();
    }

    @Bean
    @ConditionalOnMissingBean(UnitAccess.class)
    @ConditionalOnBean(UnitDirectory.class)
    public OfficerUnitAccess learningSocietyUnitAccess(UnitDirectory units, GroupUnits groupUnits,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new OfficerUnitAccess(units, groupUnits, List.of(ADMINISTRATORS), clock);
    }

    /** Who gives officers their roles: administrators anywhere, a province's emulation board in its province. */
    @Bean
    @ConditionalOnMissingBean(OfficerAccess.class)
    @ConditionalOnBean(UnitDirectory.class)
    public EmulationBoardOfficerAccess learningSocietyOfficerAccess(UnitDirectory units,
            @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new EmulationBoardOfficerAccess(units, List.of(ADMINISTRATORS), clock);
    }

    /** Addresses Spring Security's firewall refuses: a Vietnamese problem under the API, the bare 400 elsewhere. */
    @Bean
    @ConditionalOnMissingBean
    public org.springframework.security.web.firewall.RequestRejectedHandler learningSocietyRequestRejectedHandler() {
        return new ProblemAuthenticationEntryPoint("learning-society");
    }

    /** HTTP basic, no session, no CSRF (no cookie authenticates a call), problem details for 401 and 403. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    @ConditionalOnMissingBean(name = "learningSocietyApiSecurity")
    public SecurityFilterChain learningSocietyApiSecurity(HttpSecurity http) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint("learning-society");
        return http.securityMatcher(path(LearningSocietyApi.BASE_PATH + "/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Camunda's webapps and engine REST API secure themselves (their own login, CSRF filter and, for
     * {@code /engine-rest}, the basic authentication filter below): Spring Security stands aside.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    @ConditionalOnMissingBean(name = "camundaWebappsSecurity")
    public SecurityFilterChain camundaWebappsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/camunda/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** Plain path patterns: these paths are served by other servlets than Spring MVC's (Camunda's, Jersey). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** The engine's REST API: HTTP basic over the identity service, as Camunda documents it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ProcessEngineAuthenticationFilter.class)
    @ConditionalOnProperty(prefix = "learning-society.security", name = "engine-rest-basic-auth",
            havingValue = "true", matchIfMissing = true)
    static class EngineRestAuthentication {

        @Bean
        @ConditionalOnMissingBean(name = "engineRestAuthenticationFilter")
        public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
            FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                    new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
            registration.setName("camunda-auth");
            registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
            registration.addUrlPatterns("/engine-rest/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
            return registration;
        }
    }
}
