package kz.shamy.web;

import kz.shamy.identity.EngineIdentityAuthenticationProvider;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Local sign-in (the embedded default): HTTP Basic, stateless, on the two APIs; a login form with a
 * session for pages and the Camunda webapps. Users and passwords are the engine identity service's.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    AuthenticationManager authenticationManager(IdentityService identityService) {
        return new ProviderManager(new EngineIdentityAuthenticationProvider(identityService));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apis(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http.securityMatcher("/api/**", "/engine-rest/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Shamy"))
                // stateless Basic: no cookie is ever trusted here, so there is nothing to forge
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        return http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/img/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // the webapps carry their own CSRF protection (Camunda's CsrfPreventionFilter)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
                .build();
    }
}
