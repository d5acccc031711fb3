package kz.shamy.identity;

import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Local mode: checks a username and password against the engine's identity service (the users the
 * embedded default seeds), and grants the authorities of the user's Camunda groups and tenants
 * ({@link GroupAuthorities}), which the engine then takes from the sign-in instead of asking again. The password,
 * the groups and the tenants are read in one transaction: HTTP Basic signs in on every request to the APIs, and
 * three engine commands were three transactions each time (issue 13); a sign-in repeated with the same password
 * within a few seconds is answered by {@link RecentSignIns} without the database. Every attempt passes the
 * {@link SignInThrottle} first, by username and the client's address.
 */
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final SignInThrottle throttle;
    private final TransactionTemplate transactions;
    private final RecentSignIns recent;

    public EngineIdentityAuthenticationProvider(IdentityService identityService, SignInThrottle throttle,
            PlatformTransactionManager transactionManager, RecentSignIns recent) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.recent = recent;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What one look-up found: null authorities when the password was wrong. */
    private record Checked(Collection<GrantedAuthority> authorities) {
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
        String password = credentials.toString();
        Optional<Collection<GrantedAuthority>> remembered = recent.recall(username, password);
        if (remembered.isPresent()) {
            throttle.succeeded(username, address);
            return UsernamePasswordAuthenticationToken.authenticated(username, null, remembered.get());
        }
        // nothing thrown inside: a wrong password's failed attempt, which the engine counts, must be committed
        Checked checked = transactions.execute(status -> identityService.checkPassword(username,
                password) ? new Checked(authorities(username)) : new Checked(null));
        if (checked == null || checked.authorities() == null) {
            recent.forget(username);
            throw new BadCredentialsException("Bad credentials");
        }
        recent.remember(username, password, checked.authorities());
        throttle.succeeded(username, address);
        return UsernamePasswordAuthenticationToken.authenticated(username, null, checked.authorities());
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
        List<String> groups = identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList();
        // as Camunda REST's authentication filter asks when a sign-in names no tenants: the user's and their groups'
        List<String> tenants = identityService.createTenantQuery().userMember(username).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        return GroupAuthorities.ofGroupsAndTenants(groups, tenants);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
