package kz.shamy.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.shamy.identity.GroupAuthorities;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Desktop Modeler's tokens as Shamy takes them, whatever Keycloak's flow let through: an administrator's on
 * {@code /engine-rest}, nobody else's and nowhere else; other clients' tokens are left to the rules after.
 */
class DesktopModelerTokensTests {

    private final DesktopModelerTokens rule = new DesktopModelerTokens("shamy-modeler");

    @Test
    void administratorsModelerTokenServesOnTheEngineRestApi() {
        assertThat(granted(token("shamy-modeler", "admin", "admins"), "POST", "/engine-rest/deployment/create"))
                .isTrue();
        assertThat(granted(token("shamy-modeler", "admin", "admins"), "GET", "/engine-rest/engine/default/deployment"))
                .isTrue();
    }

    @Test
    void modelerTokenOfAnyoneButAnAdministratorIsRefusedEvenIfKeycloakIssuedIt() {
        for (String group : List.of("teachers", "facilitators", "assessors", "staff", "principals")) {
            assertThat(granted(token("shamy-modeler", "someone", group), "POST", "/engine-rest/deployment/create"))
                    .as(group).isFalse();
            assertThat(granted(token("shamy-modeler", "someone", group), "GET", "/engine-rest/task")).as(group)
                    .isFalse();
        }
        // the admin realm role without the administrators' group (the engine's admin group) is not enough
        Jwt roleOnly = jwt("shamy-modeler", "someone").claim("realm_access", Map.of("roles", List.of("admin")))
                .build();
        assertThat(granted(new JwtAuthenticationToken(roleOnly, GroupAuthorities.ofJwt(roleOnly), "someone"), "POST",
                "/engine-rest/deployment/create")).isFalse();
    }

    @Test
    void administratorsModelerTokenIsRefusedOutsideTheEngineRestApi() {
        assertThat(granted(token("shamy-modeler", "admin", "admins"), "GET", "/api/search")).isFalse();
        assertThat(granted(token("shamy-modeler", "admin", "admins"), "GET", "/api/modeler/models")).isFalse();
    }

    @Test
    void otherClientsTokensNeedOnlyBeValidHere() {
        assertThat(granted(token("shamy-web", "teacher1", "teachers"), "POST", "/engine-rest/deployment/create"))
                .as("refused after this, by the engine API guard").isTrue();
        assertThat(granted(token("shamy-web", "teacher1", "teachers"), "GET", "/api/search")).isTrue();
    }

    @Test
    void anonymousCallersAreNotLetThrough() {
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        assertThat(rule.check(() -> anonymous, new RequestAuthorizationContext(request)).isGranted()).isFalse();
    }

    private boolean granted(JwtAuthenticationToken caller, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return rule.check(() -> caller, new RequestAuthorizationContext(request)).isGranted();
    }

    private static JwtAuthenticationToken token(String azp, String username, String group) {
        Jwt jwt = jwt(azp, username).claim("groups", List.of(group)).build();
        return new JwtAuthenticationToken(jwt, GroupAuthorities.ofJwt(jwt), username);
    }

    private static Jwt.Builder jwt(String azp, String username) {
        return Jwt.withTokenValue("t").header("alg", "RS256").claim("azp", azp).claim("preferred_username", username)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
    }
}
