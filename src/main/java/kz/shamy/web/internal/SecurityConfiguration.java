package kz.shamy.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import kz.shamy.identity.EngineIdentityAuthenticationProvider;
import kz.shamy.identity.Role;
import kz.shamy.identity.SignInPaused;
import kz.shamy.identity.RecentSignIns;
import kz.shamy.identity.SignInThrottle;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Local sign-in (the embedded default): HTTP Basic, stateless, on the two APIs; a login form with a
 * session for pages and the Camunda webapps. Users and passwords are the engine identity service's, tried no
 * faster than {@link SignInThrottle} allows. The keycloak profile replaces all of this with
 * {@link KeycloakSecurityConfiguration}.
 */
@Configuration
@Profile("!keycloak")
class SecurityConfiguration {

    /** The webapps' own login form posts here; Shamy's form is the only sign-in, so it is closed. */
    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/*/login/**";

    @Bean
    AuthenticationManager authenticationManager(IdentityService identityService, SignInThrottle throttle,
            PlatformTransactionManager transactionManager, RecentSignIns recentSignIns) {
        return new ProviderManager(new EngineIdentityAuthenticationProvider(identityService, throttle,
                transactionManager, recentSignIns));
    }

    /** The actuator on the management port: health open, the rest for administrators ({@link ManagementEndpoints}). */
    @Bean
    @Order(-1)
    SecurityFilterChain managementEndpoints(HttpSecurity http, AuthenticationManager authenticationManager,
            MessageSource messages, ObjectMapper json) throws Exception {
        return ManagementEndpoints.secured(http, ManagementEndpoints.administrators())
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.realmName("Shamy").authenticationEntryPoint(
                        new SignInPausedProblem(UnauthenticatedProblem.basic("Shamy", json), messages, json)))
                .build();
    }

    /**
     * The modeler's API (modeler.internal), administrators only. Its pages call it with their session, so a
     * change must carry the page's CSRF token (as any form of Shamy's does); a client sending HTTP Basic, like the
     * other APIs, trusts no cookie and needs none.
     */
    @Bean
    @Order(0)
    SecurityFilterChain modelerApi(HttpSecurity http, AuthenticationManager authenticationManager,
            MessageSource messages, ObjectMapper json) throws Exception {
        return http.securityMatcher(path(ModelerAccess.API))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Role.ADMIN.authority()))
                .httpBasic(basic -> basic.realmName("Shamy").authenticationEntryPoint(
                        new SignInPausedProblem(UnauthenticatedProblem.basic("Shamy", json), messages, json)))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(ModelerAccess.denied(json)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(ModelerAccess::carriesCredentials))
                .headers(SecurityHeaders.apis())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apis(HttpSecurity http, AuthenticationManager authenticationManager, MessageSource messages,
            ObjectMapper json) throws Exception {
        // path matchers, not MVC matchers: /engine-rest is Jersey's servlet, not the DispatcherServlet
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Shamy").authenticationEntryPoint(
                        new SignInPausedProblem(UnauthenticatedProblem.basic("Shamy", json), messages, json)))
                // stateless Basic: no cookie is ever trusted here, so there is nothing to forge
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.apis())
                .build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager, ObjectMapper json)
            throws Exception {
        return http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/login"), path("/css/**"), path("/favicon.ico"), path("/error"),
                                // the probes Spring Boot also serves on this port, for load balancers (application.yml)
                                path("/livez"), path("/readyz")).permitAll()
                        // a calendar app cannot sign in: the secret link is the key (notify.CalendarFeedController)
                        .requestMatchers(path("/calendar/*")).permitAll()
                        // a certificate's public verification page (certification.VerificationPageController:
                        // rate-limited per address, shows only valid/revoked, the name and the programme)
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/verify/*"))
                        .permitAll()
                        .requestMatchers(path(WEBAPP_LOGIN)).denyAll()
                        .requestMatchers(path(ModelerAccess.PAGES)).hasAuthority(Role.ADMIN.authority())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(RelativeRedirects.afterSignIn("/"))
                        .failureHandler(signInFailures()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(RelativeRedirects.toSignIn("/login"))
                        .defaultAccessDeniedHandlerFor(new ForbiddenProblem(
                                "The webapps' own login is closed: sign in on Shamy's login page.", json),
                                path(WEBAPP_LOGIN)))
                // Shamy's sign-out, and the webapps' own "Log out", which must end this session too
                .logout(logout -> logout
                        .logoutRequestMatcher(WebappLogout.orShamyLogout())
                        .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK),
                                WebappLogout.request())
                        .logoutSuccessUrl("/login?logout"))
                // the webapps carry their own CSRF protection (Camunda's CsrfPreventionFilter)
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .headers(SecurityHeaders.pages())
                .build();
    }

    /** A wrong password back to the form; an address that sent too many, to the form saying it must wait. */
    private static AuthenticationFailureHandler signInFailures() {
        LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> byFailure =
                new LinkedHashMap<>();
        byFailure.put(SignInPaused.class, new SimpleUrlAuthenticationFailureHandler("/login?paused"));
        return new DelegatingAuthenticationFailureHandler(byFailure,
                new SimpleUrlAuthenticationFailureHandler("/login?error"));
    }
}
