package kz.shamy.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Keycloak sign-in (profile {@code keycloak}): the two APIs take Keycloak access tokens as Bearer tokens,
 * stateless; a missing or invalid token is a 401. Pages and the Camunda webapps sign people in through
 * Keycloak's login page (OpenID Connect, a session here), and {@code POST /logout} ends the Keycloak
 * session too. Checks, client and authorities: identity's Keycloak*Configuration.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apis(HttpSecurity http, JwtDecoder jwtDecoder,
            Converter<Jwt, AbstractAuthenticationToken> jwtAuthentication) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(jwtDecoder)
                        .jwtAuthenticationConverter(jwtAuthentication)))
                // bearer tokens only: no cookie is ever trusted here, so there is nothing to forge
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2AuthorizationRequestResolver signInRequests,
            OAuth2UserService<OidcUserRequest, OidcUser> keycloakUsers) throws Exception {
        SignInFailures failures = new SignInFailures();
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/css/**"), path("/favicon.ico"), path("/error"),
                                path(SignInFailures.PAGES), path("/actuator/health"), path("/actuator/info"))
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(signInRequests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(keycloakUsers))
                        .failureHandler(failures)
                        // a failure before the redirect to Keycloak (Keycloak down) shows the same pages
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failures);
                                return filter;
                            }
                        }))
                .logout(logout -> logout.logoutSuccessHandler(keycloakLogout(registrations)))
                // the webapps carry their own CSRF protection (Camunda's CsrfPreventionFilter)
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .build();
    }

    /** Ends the Keycloak session too (RP-initiated logout), then back to Shamy's home, which asks to sign in. */
    private static OidcClientInitiatedLogoutSuccessHandler keycloakLogout(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        // must be one of shamy-web's post-logout redirect URIs in the realm, exactly
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
