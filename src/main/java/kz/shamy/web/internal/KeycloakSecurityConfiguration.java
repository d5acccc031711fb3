package kz.shamy.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import kz.shamy.identity.KeycloakSessionEnd;
import kz.shamy.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.config.annotation.web.configurers.DefaultLoginPageConfigurer;
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
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Keycloak sign-in (profile {@code keycloak}): the two APIs take Keycloak access tokens as Bearer tokens,
 * stateless; a missing or invalid token is a 401, a token that cannot be checked because Keycloak's keys
 * cannot be fetched a 503 ({@link BearerTokenFailures}). Pages and the Camunda webapps sign people in through
 * Keycloak's login page (OpenID Connect, a session here; {@code /login} goes there too). {@code POST /logout}
 * ends the Keycloak session through the browser (RP-initiated logout); the webapps' own "Log out"
 * ({@link WebappLogout}) ends it from the server. Checks, client and authorities: identity's
 * Keycloak*Configuration. Tokens of Desktop Modeler's client serve administrators on {@code /engine-rest} only
 * ({@link DesktopModelerTokens}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSecurityConfiguration {

    /**
     * The actuator on the management port: health open, the rest for administrators with a bearer token
     * ({@link ManagementEndpoints}).
     */
    @Bean
    @Order(-1)
    SecurityFilterChain managementEndpoints(HttpSecurity http, JwtDecoder jwtDecoder,
            Converter<Jwt, AbstractAuthenticationToken> jwtAuthentication, ObjectMapper json,
            @Value("${shamy.keycloak.modeler-client}") String modelerClient) throws Exception {
        return ManagementEndpoints.secured(http, ManagementEndpoints.administrators(modelerClient))
                .oauth2ResourceServer(server -> bearerTokens(server, jwtDecoder, jwtAuthentication, json))
                .build();
    }

    /**
     * The modeler's API (modeler.internal), administrators only: with the pages' session (a change carries the
     * page's CSRF token) or, like the other APIs, a bearer token (no cookie trusted, no CSRF token needed).
     */
    @Bean
    @Order(0)
    SecurityFilterChain modelerApi(HttpSecurity http, JwtDecoder jwtDecoder,
            Converter<Jwt, AbstractAuthenticationToken> jwtAuthentication, ObjectMapper json) throws Exception {
        return http.securityMatcher(path(ModelerAccess.API))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Role.ADMIN.authority()))
                .oauth2ResourceServer(server -> bearerTokens(server, jwtDecoder, jwtAuthentication, json)
                        .accessDeniedHandler(ModelerAccess.denied(json)))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(ModelerAccess.denied(json)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(ModelerAccess::carriesCredentials))
                .headers(SecurityHeaders.apis())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apis(HttpSecurity http, JwtDecoder jwtDecoder,
            Converter<Jwt, AbstractAuthenticationToken> jwtAuthentication, ObjectMapper json,
            @Value("${shamy.keycloak.modeler-client}") String modelerClient) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                // any valid token; Desktop Modeler's only for administrators on /engine-rest
                .authorizeHttpRequests(requests -> requests.anyRequest().access(
                        new DesktopModelerTokens(modelerClient)))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
                        new ForbiddenProblem(DesktopModelerTokens.REFUSAL, json)))
                .oauth2ResourceServer(server -> bearerTokens(server, jwtDecoder, jwtAuthentication, json))
                // bearer tokens only: no cookie is ever trusted here, so there is nothing to forge
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.apis())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2AuthorizationRequestResolver signInRequests,
            OAuth2UserService<OidcUserRequest, OidcUser> keycloakUsers, KeycloakSessionEnd keycloakSessionEnd,
            @Value("${shamy.keycloak.issuer}") String issuer) throws Exception {
        SignInFailures failures = new SignInFailures();
        RequestMatcher webappLogout = WebappLogout.request();
        // /login is Shamy's (KeycloakSignInPages), not Spring's generated page listing the one provider
        http.removeConfigurer(DefaultLoginPageConfigurer.class);
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/css/**"), path("/favicon.ico"), path("/error"), path("/login"),
                                path(SignInFailures.PAGES), path("/livez"), path("/readyz"))
                        .permitAll()
                        // a calendar app cannot sign in: the secret link is the key (notify.CalendarFeedController)
                        .requestMatchers(path("/calendar/*")).permitAll()
                        // a certificate's public verification page, as in the local SecurityConfiguration
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/verify/*"))
                        .permitAll()
                        .requestMatchers(path(ModelerAccess.PAGES)).hasAuthority(Role.ADMIN.authority())
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(signInRequests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(keycloakUsers))
                        .successHandler(RelativeRedirects.afterSignIn("/"))
                        .failureHandler(failures)
                        // a failure before the redirect to Keycloak (Keycloak down) shows the same pages
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failures);
                                return filter;
                            }
                        }))
                // by its path to /login, which goes on to Keycloak (KeycloakSignInPages)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(RelativeRedirects.toSignIn("/login")))
                .logout(logout -> logout
                        .logoutRequestMatcher(WebappLogout.orShamyLogout())
                        // the webapps' background request cannot follow a redirect to Keycloak: end it from here
                        .addLogoutHandler((request, response, authentication) -> {
                            if (webappLogout.matches(request)) {
                                keycloakSessionEnd.logout(request, response, authentication);
                            }
                        })
                        .logoutSuccessHandler(logoutSuccess(webappLogout, registrations)))
                // the webapps carry their own CSRF protection (Camunda's CsrfPreventionFilter)
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                // POST /logout ends on Keycloak's logout page: browsers hold that redirect to form-action too
                .headers(SecurityHeaders.pages(SecurityHeaders.originOf(issuer)))
                .build();
    }

    /**
     * {@code POST /logout} ends the Keycloak session too (RP-initiated logout), then back to Shamy's home, which
     * asks to sign in; the webapps get the 200 their own logout would answer, and reload.
     */
    private static LogoutSuccessHandler logoutSuccess(RequestMatcher webappLogout,
            ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(
                registrations);
        // must be one of shamy-web's post-logout redirect URIs in the realm, exactly
        keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/");
        LinkedHashMap<RequestMatcher, LogoutSuccessHandler> handlers = new LinkedHashMap<>();
        handlers.put(webappLogout, new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK));
        DelegatingLogoutSuccessHandler handler = new DelegatingLogoutSuccessHandler(handlers);
        handler.setDefaultLogoutSuccessHandler(keycloakLogout);
        return handler;
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Bearer tokens checked against Keycloak's keys, as every API chain takes them: a missing or unusable token is
     * a 401 problem, and an invalid one a problem that says why (BearerTokenFailures).
     */
    private static OAuth2ResourceServerConfigurer<HttpSecurity> bearerTokens(
            OAuth2ResourceServerConfigurer<HttpSecurity> server, JwtDecoder jwtDecoder,
            Converter<Jwt, AbstractAuthenticationToken> jwtAuthentication, ObjectMapper json) {
        BearerTokenFailures failures = new BearerTokenFailures(json);
        return server.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(jwtAuthentication))
                .authenticationEntryPoint(UnauthenticatedProblem.bearer(json))
                .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                    @Override
                    public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failures);
                        return filter;
                    }
                });
    }
}
