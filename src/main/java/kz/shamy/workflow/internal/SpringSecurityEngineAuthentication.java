package kz.shamy.workflow.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import kz.shamy.identity.GroupAuthorities;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user Spring Security has already signed in (form login, HTTP Basic, later Keycloak) to the
 * engine, for the webapps (container-based authentication) and for {@code /engine-rest}, with the groups
 * that sign-in found, so the engine checks its authorizations against them without asking again; likewise the
 * tenants, when the sign-in resolved them (local mode), so Camunda REST's filter does not look them up per request.
 */
public class SpringSecurityEngineAuthentication implements AuthenticationProvider {

    static final String GROUP_PREFIX = GroupAuthorities.GROUP_PREFIX;

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(groupsOf(authentication));
        GroupAuthorities.tenantsOf(authentication).ifPresent(result::setTenants);
        return result;
    }

    /** Camunda groups are the {@code GROUP_<id>} authorities the sign-in granted (see identity). */
    static List<String> groupsOf(Authentication authentication) {
        List<String> groups = new ArrayList<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(GROUP_PREFIX)) {
                groups.add(name.substring(GROUP_PREFIX.length()));
            }
        }
        return groups;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already challenged (401 or redirect to the login page).
    }
}
