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
import org.learningsociety.workflow.api.PlanEditors;
import org.learningsociety.workflow.api.OfficerAccess;
import org.learningsociety.workflow.api.UnitAccess;
import org.learningsociety.workflow.api.ActionAccess;
import org.learningsociety.workflow.LearningSocietyProperties;
import org.learningsociety.workflow.cycle.CandidateGroups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.config.Customizer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Officers log in over Camunda's identity service. The REST API under
 * {@value LearningSocietyApi#BASE_PATH} takes HTTP basic authentication against that identity
 * service, statelessly, and reaches only the caller's units ({@link OfficerUnitAccess}); its chain has
 * an authentication manager of its own, so a portal's own authentication providers and
 * {@code UserDetailsService} keep authenticating the portal's own pages, unchanged.
 *
 * <p>A portal that declares security filter chains of its own protects everything else by them,
 * Camunda's webapps and engine REST API included: no chain of the library opens a path. Only where
 * the portal has none does the library stand in, with what Spring Boot would have given the portal
 * (every request authenticated, form login and HTTP basic) and, for Camunda's webapps and engine REST
 * API (their paths read from Camunda's properties), Camunda's own login and CSRF protection and the
 * HTTP basic filter below. Every bean steps aside for a portal's own.
 */
@AutoConfiguration(after = {CamundaBpmAutoConfiguration.class, LearningSocietyAutoConfiguration.class},
        before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
                OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, IdentityService.class})
@ConditionalOnBean(IdentityService.class)
@ConditionalOnProperty(prefix = "learning-society", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(prefix = "learning-society.security", name = "enabled", havingValue = "true",
        matchIfMissing = true)
@org.springframework.boot.context.properties.EnableConfigurationProperties(LearningSocietyProperties.class)
public class LearningSocietySecurityAutoConfiguration {

    /**
     * The group whose members reach every unit by default: Camunda's administrators
     * ({@code learning-society.security.administrators-group}).
     */
    public static final String ADMINISTRATORS = "camunda-admin";

    /**
     * Officers' logins for the portal's own pages too, as a bean Spring Security's global
     * authentication picks up — only while the portal has no authentication provider or
     * {@code UserDetailsService} of its own, which would otherwise be displaced.
     */
    @Bean
    @ConditionalOnMissingBean({AuthenticationProvider.class, UserDetailsService.class})
    public CamundaIdentityAuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identity) {
        return new CamundaIdentityAuthenticationProvider(identity);
    }

    @Bean
    @ConditionalOnMissingBean
    public GroupUnits learningSocietyGroupUnits() {
        return GroupUnits.libraryRoles();
    }

    /**
     * The permission matrix: the library's default, with the rows {@code learning-society.security.permissions.*}
     * give; an unknown role or action stops the start ({@link PermissionMatrixException}).
     */
    @Bean
    @ConditionalOnMissingBean
    public PermissionMatrix learningSocietyPermissionMatrix(LearningSocietyProperties properties) {
        PermissionMatrix matrix = PermissionMatrix.withOverrides(properties.getSecurity().getPermissions());
        if (!properties.getSecurity().getPermissions().isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(PermissionMatrix.class).info(
                    "The permission matrix with the portal's rows ({}): {}",
                    properties.getSecurity().getPermissions().keySet(), matrix);
        }
        return matrix;
    }

    /** The caller's roles, from their authorities: library groups, the administrators' group, the service account. */
    @Bean
    @ConditionalOnMissingBean
    public CallerRoles learningSocietyCallerRoles(GroupUnits groupUnits, LearningSocietyProperties properties) {
        return new CallerRoles(groupUnits, java.util.Set.of(properties.getSecurity().getAdministratorsGroup()),
                java.util.Set.of(properties.getSecurity().getServiceAccount()));
    }

    @Bean
    @ConditionalOnMissingBean(UnitAccess.class)
    @ConditionalOnBean(UnitDirectory.class)
    public OfficerUnitAccess learningSocietyUnitAccess(UnitDirectory units, CallerRoles callerRoles,
            PermissionMatrix matrix, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new OfficerUnitAccess(units, callerRoles, matrix, clock);
    }

    /**
     * The permission matrix before each handler of the API runs. A portal that supplies its own
     * {@link UnitAccess} keeps its rule whole: the library then checks no action, and the portal's
     * {@code UnitAccess} may read the endpoint's action ({@link org.learningsociety.workflow.api.LibraryActions#current()})
     * or the portal declares a {@link RoleActionAccess} of its own over this matrix.
     */
    @Bean
    @ConditionalOnMissingBean(ActionAccess.class)
    public ActionAccess learningSocietyActionAccess(ObjectProvider<UnitAccess> unitAccess, CallerRoles callerRoles,
            PermissionMatrix matrix) {
        if (unitAccess.getIfUnique() instanceof OfficerUnitAccess) {
            return new RoleActionAccess(callerRoles, matrix);
        }
        org.slf4j.LoggerFactory.getLogger(PermissionMatrix.class).info("The portal supplies its own UnitAccess: the"
                + " library checks no role against the permission matrix; the portal's UnitAccess decides every request"
                + " (LibraryActions.current() names the endpoint's action).");
        return ActionAccess.everyAction();
    }

    /**
     * Plans are changed by administrators, and by a province's emulation board ({@code thidua<code>},
     * the cycle's group of the board) for its province's plans.
     */
    @Bean
    @ConditionalOnMissingBean(PlanEditors.class)
    public OfficerPlanEditors learningSocietyPlanEditors(LearningSocietyProperties properties) {
        return new OfficerPlanEditors(List.of(properties.getSecurity().getAdministratorsGroup()),
                CandidateGroups.EMULATION_BOARD);
    }

    /** The bodies the caller acts for: the officers of a body's role in its very unit, or an administrator (plan tasks, recognitions). */
    @Bean
    @ConditionalOnMissingBean(org.learningsociety.core.unit.CallerBodies.class)
    public CallerRoleBodies learningSocietyCallerBodies(CallerRoles callerRoles) {
        return new CallerRoleBodies(callerRoles);
    }

    /** Who gives officers their roles: administrators anywhere, a province's emulation board in its province. */
    @Bean
    @ConditionalOnMissingBean(OfficerAccess.class)
    @ConditionalOnBean(UnitDirectory.class)
    public EmulationBoardOfficerAccess learningSocietyOfficerAccess(UnitDirectory units,
            LearningSocietyProperties properties, @Qualifier(LearningSocietyAutoConfiguration.CLOCK) Clock clock) {
        return new EmulationBoardOfficerAccess(units, List.of(properties.getSecurity().getAdministratorsGroup()), clock);
    }

    /** Addresses Spring Security's firewall refuses: a Vietnamese problem under the API, the bare 400 elsewhere. */
    @Bean
    @ConditionalOnMissingBean
    public org.springframework.security.web.firewall.RequestRejectedHandler learningSocietyRequestRejectedHandler() {
        return new ProblemAuthenticationEntryPoint("learning-society");
    }

    /**
     * HTTP basic over the identity service, or in JWT mode bearer tokens only ({@link ApiBearerTokens});
     * no session created, problem details for 401 and 403.
     *
     * <p>Where the portal logs its users in itself (its own {@code AuthenticationProvider} or
     * {@code UserDetailsService}, so that the library declares no {@link CamundaIdentityAuthenticationProvider}
     * bean), the API is the portal's staff's too: HTTP basic asks the portal's logins first
     * ({@link PortalLogins}), then Camunda's identity service; the session of a user logged in to the
     * portal is taken ({@code learning-society.security.portal-session}, read only:
     * {@link PortalSessionContextRepository}), with the CSRF token required of the calls it authenticates
     * that change something; and the caller's library roles also come from their memberships in Camunda's
     * identity service ({@code learning-society.security.roles-from-identity-service}, {@link IdentityServiceRoles}).
     * Otherwise no cookie authenticates a call, and CSRF protection has nothing to protect.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    @ConditionalOnMissingBean(name = "learningSocietyApiSecurity")
    public SecurityFilterChain learningSocietyApiSecurity(HttpSecurity http, IdentityService identity,
            ObjectProvider<CamundaIdentityAuthenticationProvider> provider,
            ObjectProvider<ApiBearerTokens> bearerTokens,
            ObjectProvider<AuthenticationConfiguration> authentication,
            ObjectProvider<CsrfTokenRepository> csrfTokens,
            GroupUnits groupUnits, LearningSocietyProperties properties) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint("learning-society");
        http.securityMatcher(path(LearningSocietyApi.BASE_PATH + "/**"));
        ApiBearerTokens bearer = bearerTokens.getIfAvailable();
        CamundaIdentityAuthenticationProvider librarysLogins = provider.getIfAvailable();
        boolean portalsOwnLogins = bearer == null && librarysLogins == null;
        LearningSocietyProperties.Security security = properties.getSecurity();
        AuthenticationManager portalsLogins = bearer != null || librarysLogins != null ? null
                : portalsAuthenticationManager(authentication);
        if (bearer == null) {
            List<AuthenticationProvider> providers = new java.util.ArrayList<>();
            if (portalsLogins != null) {
                providers.add(new PortalLogins(portalsLogins));
            }
            AuthenticationProvider camundasLogins = librarysLogins != null ? librarysLogins
                    : new CamundaIdentityAuthenticationProvider(identity);
            providers.add(portalsOwnLogins && security.isRolesFromIdentityService()
                    ? IdentityServiceRoles.groupsReadBy(camundasLogins) : camundasLogins);
            http.authenticationManager(new ProviderManager(providers))
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        AuthenticationEntryPoint unauthenticated = bearer == null ? problems : bearer.configure(http, problems);
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (portalsOwnLogins && security.isPortalSession()) {
            PortalSessionContextRepository sessions = new PortalSessionContextRepository();
            http.securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                            new RequestAttributeSecurityContextRepository(), sessions)))
                    .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens.getIfUnique(HttpSessionCsrfTokenRepository::new))
                            .requireCsrfProtectionMatcher(sessions.authenticatesByCookie()));
        } else {
            http.csrf(AbstractHttpConfigurer::disable);
        }
        if (portalsOwnLogins && security.isRolesFromIdentityService()) {
            http.addFilterBefore(new IdentityServiceRoles(identity, groupUnits,
                    List.of(security.getAdministratorsGroup())), AuthorizationFilter.class);
        }
        return http.build();
    }

    /** The portal's logins as Spring Security built them, or none (two stores of users, say, and no manager). */
    private static AuthenticationManager portalsAuthenticationManager(
            ObjectProvider<AuthenticationConfiguration> authentication) throws Exception {
        AuthenticationConfiguration configuration = authentication.getIfAvailable();
        return configuration == null ? null : configuration.getAuthenticationManager();
    }

    /**
     * What stands in where the portal declares no security filter chain of its own: Spring Boot's
     * default chain would step back before the library's chains, so the library gives the portal's
     * pages what Spring Boot would have (every request authenticated, form login, HTTP basic); and
     * Camunda's webapps and engine REST API, which secure themselves (their own login and CSRF filter,
     * the engine REST API's HTTP basic filter over the identity service), are left to them. A portal
     * with chains of its own gets none of these: its chains decide for every path, Camunda's included,
     * and the engine REST API authenticates as the portal sets it up.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class WithoutThePortalsOwnChains {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 10)
        @ConditionalOnMissingBean(name = "camundaWebappsSecurity")
        public SecurityFilterChain camundaWebappsSecurity(HttpSecurity http, Environment environment) throws Exception {
            return http.securityMatcher(new OrRequestMatcher(path(webappPath(environment) + "/**"),
                            path(restPath(environment) + "/**")))
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(AbstractHttpConfigurer::disable)
                    .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                    .build();
        }

        @Bean
        @Order(SecurityProperties.BASIC_AUTH_ORDER)
        @ConditionalOnMissingBean(name = "learningSocietyDefaultSecurity")
        public SecurityFilterChain learningSocietyDefaultSecurity(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .httpBasic(Customizer.withDefaults())
                    .build();
        }

        /** The engine's REST API: HTTP basic over the identity service, as Camunda documents it. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(ProcessEngineAuthenticationFilter.class)
        @ConditionalOnProperty(prefix = "learning-society.security", name = "engine-rest-basic-auth",
                havingValue = "true", matchIfMissing = true)
        static class EngineRestAuthentication {

            @Bean
            @ConditionalOnMissingBean(name = "engineRestAuthenticationFilter")
            public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(
                    Environment environment) {
                return engineRestBasicAuthentication(environment);
            }
        }
    }

    /**
     * A portal with chains of its own that wants the engine REST API's HTTP basic over the identity
     * service all the same says so: {@code learning-society.security.engine-rest-basic-auth=true}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ProcessEngineAuthenticationFilter.class)
    @ConditionalOnProperty(prefix = "learning-society.security", name = "engine-rest-basic-auth", havingValue = "true")
    static class EngineRestAuthenticationAskedFor {

        @Bean
        @ConditionalOnMissingBean(name = "engineRestAuthenticationFilter")
        public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter(
                Environment environment) {
            return engineRestBasicAuthentication(environment);
        }
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication(
            Environment environment) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns(restPath(environment) + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    /** Camunda's webapp path ({@code camunda.bpm.webapp.application-path}, "/camunda" by default). */
    static String webappPath(Environment environment) {
        return trimmed(environment.getProperty("camunda.bpm.webapp.application-path", "/camunda"));
    }

    /** The engine REST API's path ({@code spring.jersey.application-path}, "/engine-rest" by default). */
    static String restPath(Environment environment) {
        return trimmed(environment.getProperty("spring.jersey.application-path", "/engine-rest"));
    }

    private static String trimmed(String path) {
        String withSlash = path.startsWith("/") ? path : "/" + path;
        return withSlash.endsWith("/") ? withSlash.substring(0, withSlash.length() - 1) : withSlash;
    }

    /** Plain path patterns: these paths are served by other servlets than Spring MVC's (Camunda's, Jersey). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
