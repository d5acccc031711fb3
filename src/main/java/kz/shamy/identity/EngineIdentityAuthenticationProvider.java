package kz.shamy.identity;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Local mode: checks a username and password against the engine's identity service (the users the
 * embedded default seeds), and grants the authorities of the user's Camunda groups ({@link GroupAuthorities}).
 * Every attempt passes the {@link SignInThrottle} first, by username and the client's address.
 */
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final SignInThrottle throttle;

    public EngineIdentityAuthenticationProvider(IdentityService identityService, SignInThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || credentials == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        String address = addressOf(authentication);
        throttle.admit(username, address);
        if (!identityService.checkPassword(username, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(username, address);
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities(username));
    }

    /**
     * The client's address as the servlet container sees it: the peer of the connection, or what a trusted proxy
     * forwarded when {@code server.forward-headers-strategy} is set (application.yml). Never a header read here.
     */
    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    Collection<GrantedAuthority> authorities(String username) {
        return GroupAuthorities.ofGroups(identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
