package org.learningsociety.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal's own pages: a form login over Camunda's identity service (the starter's
 * authentication provider). The REST API has the starter's filter chain, which comes first. Camunda's
 * webapps and the engine's REST API are the portal's to protect, as any portal with chains of its own:
 * this one leaves them to Camunda's own login (the webapps) and HTTP basic (the engine REST API,
 * through the starter's filter), and keeps Spring Security's CSRF token out of their way, as they
 * carry Camunda's own.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    SecurityFilterChain portalPagesSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/portal.css", "/dashboard.js", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/camunda/**", "/engine-rest/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**", "/engine-rest/**"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }
}
