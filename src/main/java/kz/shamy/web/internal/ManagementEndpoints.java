package kz.shamy.web.internal;

import kz.shamy.identity.Role;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read the actuator's endpoints, which Spring Boot serves on the management port
 * ({@code management.server.port}, a child context of its own; Spring Boot hands it the application's security
 * filter, so these chains apply there). Health, with its {@code liveness} and {@code readiness} groups, is open, so
 * load balancers and orchestrators need no credentials; anonymous callers see the status only, administrators the
 * components and their details ({@code management.endpoint.health.show-details}). Every other endpoint
 * (prometheus, info) is for administrators: metrics tell how much work is where. Stateless: credentials on every
 * request (HTTP Basic, or a bearer token in keycloak mode), never a cookie, so there is nothing to forge.
 */
final class ManagementEndpoints {

    private ManagementEndpoints() {
    }

    /** The management chain's matcher and rules, before its sign-in; {@code administrators} decides the rest. */
    static HttpSecurity secured(HttpSecurity http, AuthorizationManager<RequestAuthorizationContext> administrators)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().access(administrators))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityHeaders.apis());
    }

    /** Local sign-in: holders of the administrator role. */
    static AuthorizationManager<RequestAuthorizationContext> administrators() {
        return AuthorityAuthorizationManager.hasAuthority(Role.ADMIN.authority());
    }

    /** Keycloak sign-in: administrators, but not with Desktop Modeler's tokens, which serve /engine-rest only. */
    static AuthorizationManager<RequestAuthorizationContext> administrators(String modelerClient) {
        return AuthorizationManagers.allOf(new DesktopModelerTokens(modelerClient), administrators());
    }
}
