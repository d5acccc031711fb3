package kz.shamy.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The one place where groups and roles become Spring authorities, in both modes: each Camunda group
 * {@code <id>} becomes {@code GROUP_<id>} (the engine gets its groups back from these) and each Shamy
 * role {@code ROLE_<ROLE>}, whether it comes from a group ({@code teachers}) or, with Keycloak, from a
 * realm role ({@code teacher}). Other realm roles (Keycloak's defaults) grant nothing.
 */
public final class GroupAuthorities {

    public static final String GROUP_PREFIX = "GROUP_";
    /** A Camunda tenant {@code <id>} of the caller, known from sign-in (local mode). */
    public static final String TENANT_PREFIX = "TENANT_";
    /** Granted with the tenants: the sign-in resolved them, so none means none (not "not asked"). */
    static final String TENANTS_RESOLVED = "TENANTS_RESOLVED";
    /** Keycloak's claims: group names (the realm's group-membership mapper, no full path) and realm roles. */
    static final String GROUPS_CLAIM = "groups";
    static final String REALM_ACCESS_CLAIM = "realm_access";

    private GroupAuthorities() {
    }

    public static Set<GrantedAuthority> ofGroups(Collection<String> groupIds) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String group : groupIds) {
            authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + group));
            for (Role role : Role.values()) {
                if (role.group().equals(group)) {
                    authorities.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
        return authorities;
    }

    /**
     * A local sign-in's authorities: its groups (as {@link #ofGroups}) and the tenants the engine's identity
     * service named in the same look-up, so no one asks for them again per request.
     */
    public static Set<GrantedAuthority> ofGroupsAndTenants(Collection<String> groupIds, Collection<String> tenantIds) {
        Set<GrantedAuthority> authorities = ofGroups(groupIds);
        for (String tenant : tenantIds) {
            authorities.add(new SimpleGrantedAuthority(TENANT_PREFIX + tenant));
        }
        authorities.add(new SimpleGrantedAuthority(TENANTS_RESOLVED));
        return authorities;
    }

    /** The caller's tenants when the sign-in resolved them; empty when it did not (Keycloak's tokens). */
    public static Optional<List<String>> tenantsOf(Authentication authentication) {
        List<String> tenants = new ArrayList<>();
        boolean resolved = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (TENANTS_RESOLVED.equals(name)) {
                resolved = true;
            } else if (name != null && name.startsWith(TENANT_PREFIX)) {
                tenants.add(name.substring(TENANT_PREFIX.length()));
            }
        }
        return resolved ? Optional.of(List.copyOf(tenants)) : Optional.empty();
    }

    /** A Keycloak access token's groups and realm roles. */
    public static Collection<GrantedAuthority> ofJwt(Jwt jwt) {
        List<String> groups = jwt.hasClaim(GROUPS_CLAIM) ? jwt.getClaimAsStringList(GROUPS_CLAIM) : List.of();
        Set<GrantedAuthority> authorities = ofGroups(groups);
        for (String realmRole : realmRoles(jwt)) {
            for (Role role : Role.values()) {
                if (role.label().equals(realmRole)) {
                    authorities.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
        return authorities;
    }

    private static Collection<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap(REALM_ACCESS_CLAIM);
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
