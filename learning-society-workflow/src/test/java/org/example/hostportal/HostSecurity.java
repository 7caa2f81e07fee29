package org.example.hostportal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A host portal's own security, as it was before it added the library: its own users, its own
 * chain, Camunda's paths for its administrators only.
 */
@Configuration(proxyBeanMethods = false)
public class HostSecurity {

    @Bean
    UserDetailsService hostUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("nhanvien").password("{noop}matkhau").roles("STAFF").build(),
                User.withUsername("quantri").password("{noop}matkhau").roles("STAFF", "ADMIN").build());
    }

    @Bean
    SecurityFilterChain hostChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/camunda/**", "/engine-rest/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults())
                .build();
    }
}
