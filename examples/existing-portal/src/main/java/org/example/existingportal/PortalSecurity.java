package org.example.existingportal;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal's own users and its one chain: a form login at its own page ({@code /dang-nhap}); its
 * requests' page and JSON, Camunda's webapps and the engine REST API for its staff only ({@code STAFF});
 * anyone not logged in is sent to its login first, a logged-in user of another role refused (403). Its staff reach Tasklist without a second
 * login ({@link TasklistLogin}).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The ward's one-stop desk officers: the portal's users with the role {@code STAFF}. */
    static final List<StaffMember> STAFF = List.of(new StaffMember("canbomotcua", "Nguyễn Văn", "An"));

    /** A staff member's account, as Tasklist shows its name. */
    record StaffMember(String userId, String firstName, String lastName) { }

    /**
     * The ward's accounts: its one-stop desk officer ({@code STAFF}) and a citizen's account. A real
     * portal keeps them in its user directory; the passwords here are the example's.
     */
    @Bean
    UserDetailsService portalUsers(PasswordEncoder passwords) {
        return new InMemoryUserDetailsManager(
                User.withUsername(STAFF.get(0).userId()).password(passwords.encode("matkhau-canbo"))
                        .roles("STAFF").build(),
                User.withUsername("congdan").password(passwords.encode("matkhau-congdan"))
                        .roles("CITIZEN").build());
    }

    /**
     * Camunda's webapps know only users of the engine's identity service: the portal's staff are there
     * too, by the same ids, with no password of use (they log in at the portal's page only).
     */
    @Bean
    ApplicationRunner staffInTasklist(IdentityService identity) {
        return arguments -> STAFF.stream()
                .filter(member -> identity.createUserQuery().userId(member.userId()).count() == 0)
                .forEach(member -> {
                    org.camunda.bpm.engine.identity.User user = identity.newUser(member.userId());
                    user.setFirstName(member.firstName());
                    user.setLastName(member.lastName());
                    user.setPassword(UUID.randomUUID().toString());
                    identity.saveUser(user);
                });
    }

    @Bean
    SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/dang-nhap", "/cong.css", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/camunda/**", "/engine-rest/**").hasRole("STAFF")
                        .requestMatchers("/don-dang-ky", "/api/don-dang-ky").hasRole("STAFF")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/dang-nhap").defaultSuccessUrl("/don-dang-ky", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/dang-nhap?logout"))
                // Camunda's webapps carry their own CSRF token and need to frame their own pages
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**", "/engine-rest/**"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /** Camunda's webapps take the user logged in to the portal (after Spring Security's filter). */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> tasklistLogin() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("portal-tasklist-login");
        registration.addInitParameter("authentication-provider", TasklistLogin.class.getName());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }
}
