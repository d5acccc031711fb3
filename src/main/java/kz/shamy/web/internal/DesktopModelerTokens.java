package kz.shamy.web.internal;

import java.util.function.Supplier;
import kz.shamy.identity.GroupAuthorities;
import kz.shamy.identity.Role;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may use a token of Desktop Modeler's Keycloak client (its {@code azp}): an administrator, on
 * {@code /engine-rest} only. Keycloak's flow for that client already turns everyone else away; this holds even if
 * that flow were changed or bypassed. Any other valid token only needs to be authenticated here: what its holder
 * may do on {@code /engine-rest} is {@code workflow}'s engine API guard's and the engine's decision.
 */
final class DesktopModelerTokens implements AuthorizationManager<RequestAuthorizationContext> {

    static final String REFUSAL = "Desktop Modeler's sign-in is for administrators deploying through /engine-rest.";

    /** The administrators' group, which is also the engine's administrator group. */
    private static final String ADMINS = GroupAuthorities.GROUP_PREFIX + Role.ADMIN.group();
    private static final RequestMatcher ENGINE_REST = PathPatternRequestMatcher.withDefaults()
            .matcher("/engine-rest/**");

    private final AuthorizationManager<RequestAuthorizationContext> authenticated =
            AuthenticatedAuthorizationManager.authenticated();
    private final String modelerClient;

    DesktopModelerTokens(String modelerClient) {
        this.modelerClient = modelerClient;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller instanceof JwtAuthenticationToken token
                && modelerClient.equals(token.getToken().getClaimAsString("azp"))) {
            boolean administrator = caller.getAuthorities().stream().anyMatch(a -> ADMINS.equals(a.getAuthority()));
            return new AuthorizationDecision(administrator && ENGINE_REST.matches(context.getRequest()));
        }
        // no token is refused as unauthenticated (401) by the chain
        return authenticated.check(authentication, context);
    }
}
