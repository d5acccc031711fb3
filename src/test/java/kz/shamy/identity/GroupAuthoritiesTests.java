package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Both modes name authorities alike: a group {@code <id>} is {@code GROUP_<id>}, a role {@code ROLE_<ROLE>}. */
class GroupAuthoritiesTests {

    @Test
    void groupsBecomeGroupAndRoleAuthorities() {
        assertThat(names(GroupAuthorities.ofGroups(List.of("teachers", "camunda-admin"))))
                .containsExactly("GROUP_teachers", "ROLE_TEACHER", "GROUP_camunda-admin");
    }

    @Test
    void keycloakTokenGrantsItsGroupsAndShamyRealmRolesOnly() {
        Jwt jwt = jwt(Map.of("groups", List.of("facilitators"),
                "realm_access", Map.of("roles", List.of("facilitator", "default-roles-shamy", "offline_access"))));

        assertThat(names(GroupAuthorities.ofJwt(jwt))).containsExactlyInAnyOrder("GROUP_facilitators",
                "ROLE_FACILITATOR");
    }

    @Test
    void realmRoleWithoutGroupGrantsTheRoleButNoEngineGroup() {
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("assessor"))));

        assertThat(names(GroupAuthorities.ofJwt(jwt))).containsExactly("ROLE_ASSESSOR");
    }

    @Test
    void tokenWithoutGroupsOrRolesGrantsNothing() {
        assertThat(GroupAuthorities.ofJwt(jwt(Map.of("scope", "openid")))).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").claim("preferred_username", "someone")
                .claims(all -> all.putAll(claims)).build();
    }

    private static List<String> names(Collection<GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
