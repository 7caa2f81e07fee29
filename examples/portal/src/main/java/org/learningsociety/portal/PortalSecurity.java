package org.learningsociety.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal's own pages: a form login over Camunda's identity service (the starter's
 * authentication provider). The REST API, Camunda's webapps and the engine's REST API have the
 * starter's filter chains, which come first.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    SecurityFilterChain portalPagesSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/portal.css", "/dashboard.js", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }
}
