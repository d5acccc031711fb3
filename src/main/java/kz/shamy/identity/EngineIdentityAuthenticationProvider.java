package kz.shamy.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Local mode: checks a username and password against the engine's identity service (the users the
 * embedded default seeds), and grants one Spring authority per Camunda group: {@code ROLE_TEACHER} for
 * {@code teachers} and so on, so roles and groups are mapped here and nowhere else.
 */
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    public EngineIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || credentials == null
                || !identityService.checkPassword(username, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities(username));
    }

    List<GrantedAuthority> authorities(String username) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : identityService.createGroupQuery().groupMember(username).list()) {
            authorities.add(new SimpleGrantedAuthority("GROUP_" + group.getId()));
            for (Role role : Role.values()) {
                if (role.group().equals(group.getId())) {
                    authorities.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
        return authorities;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
