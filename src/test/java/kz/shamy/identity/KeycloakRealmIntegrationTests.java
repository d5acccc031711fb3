package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.shamy.identity.KeycloakTokens.DeviceAuthorization;
import org.junit.jupiter.api.Test;

/**
 * Shamy's realm file, imported into a real Keycloak: who gets which roles, groups and audience, which
 * flows the clients allow, and what the identity plugin's service account may do.
 */
class KeycloakRealmIntegrationTests {

    private static final KeycloakServer keycloak = KeycloakServer.shared();
    private final KeycloakTokens tokens = new KeycloakTokens(keycloak);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    @SuppressWarnings("unchecked")
    void teacherSignsInWithTeacherRoleTeachersGroupAndTheApiAudience() {
        Map<String, Object> claims = KeycloakTokens.claims(tokens.signIn("teacher1", "demo"));

        assertThat(claims.get("iss")).isEqualTo(keycloak.issuer());
        assertThat(claims.get("preferred_username")).isEqualTo("teacher1");
        assertThat(claims.get("azp")).isEqualTo(KeycloakTokens.WEB_CLIENT);
        assertThat((List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles"))
                .contains("teacher").doesNotContain("facilitator", "assessor", "admin", "staff");
        assertThat((List<String>) claims.get("groups")).containsExactly("teachers");
        assertThat(audience(claims)).contains("shamy-api");
    }

    @Test
    @SuppressWarnings("unchecked")
    void administratorIsInTheAdminsGroupWithTheAdminRole() {
        Map<String, Object> claims = KeycloakTokens.claims(tokens.signIn("admin", "demo"));

        assertThat((List<String>) claims.get("groups")).containsExactly("admins");
        assertThat((List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles")).contains("admin");
    }

    @Test
    void wrongPasswordDoesNotSignIn() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.signIn("teacher2", "not-demo"))
                .hasMessageContaining("did not return to Shamy");
    }

    @Test
    void webClientRefusesThePasswordGrant() {
        HttpResponse<String> response = tokens.tokenResponse(Map.of("grant_type", "password",
                "client_id", KeycloakTokens.WEB_CLIENT, "client_secret", KeycloakTokens.WEB_SECRET,
                "username", "teacher1", "password", "demo"), KeycloakServer.REALM);

        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).contains("unauthorized_client").doesNotContain("access_token");
    }

    @Test
    void webClientRequiresPkce() {
        HttpResponse<String> response = get(tokens.authorizationUri(Map.of()), null);

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(KeycloakTokens.REDIRECT_URI + "?");
        assertThat(KeycloakTokens.query(URI.create(location))).containsEntry("error", "invalid_request")
                .doesNotContainKey("code");
    }

    @Test
    void webClientRefusesARedirectUriItDoesNotListExactly() {
        String evil = tokens.authorizationUri(Map.of("redirect_uri", KeycloakTokens.REDIRECT_URI + "-evil",
                "code_challenge", "x".repeat(43), "code_challenge_method", "S256"));

        HttpResponse<String> response = get(evil, null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void identityServiceAccountListsUsersAndGroups() throws Exception {
        String token = tokens.clientCredentials(KeycloakTokens.IDENTITY_CLIENT, KeycloakTokens.IDENTITY_SECRET);

        HttpResponse<String> users = get(admin("/users?max=100&briefRepresentation=true"), token);
        HttpResponse<String> groups = get(admin("/groups"), token);

        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(values(users.body(), "username")).contains("admin", "facilitator1", "facilitator2", "assessor1",
                "assessor2", "staff1", "teacher1", "teacher2", "teacher3", "teacher4", "teacher5", "teacher6");
        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(values(groups.body(), "name")).containsExactlyInAnyOrder("teachers", "principals",
                "facilitators", "assessors", "admins", "staff");
    }

    @Test
    void identityServiceAccountCannotCreateAUser() {
        String token = tokens.clientCredentials(KeycloakTokens.IDENTITY_CLIENT, KeycloakTokens.IDENTITY_SECRET);

        HttpResponse<String> response = KeycloakTokens.send(http, HttpRequest.newBuilder(URI.create(admin("/users")))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"intruder\",\"enabled\":true}")).build());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(get(admin("/users?username=intruder&exact=true"), token).body()).isEqualTo("[]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void administratorGetsAShortModelerTokenForShamyThroughTheDeviceGrant() throws Exception {
        DeviceAuthorization device = tokens.deviceAuthorization(KeycloakTokens.MODELER_CLIENT);
        assertThat(device.verificationUriComplete()).startsWith(keycloak.issuer() + "/device");
        assertThat(tokens.deviceToken(KeycloakTokens.MODELER_CLIENT, device.deviceCode()).body())
                .contains("authorization_pending").doesNotContain("access_token");

        HttpResponse<String> page = tokens.signInOnDevicePage(device.verificationUriComplete(), "admin", "demo");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        HttpResponse<String> answer = tokens.pollDeviceToken(device, true);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = json.readTree(answer.body());
        assertThat(body.has("refresh_token")).as("no refresh token to keep").isFalse();
        Map<String, Object> claims = KeycloakTokens.claims(body.get("access_token").asText());
        assertThat(claims.get("azp")).isEqualTo(KeycloakTokens.MODELER_CLIENT);
        assertThat(claims.get("preferred_username")).isEqualTo("admin");
        assertThat(audience(claims)).contains("shamy-api");
        assertThat((List<String>) claims.get("groups")).containsExactly("admins");
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isPositive().isLessThanOrEqualTo(300);
    }

    @Test
    void modelerClientDeniesEveryoneButAdministratorsAtTheDevicePage() throws Exception {
        for (String person : List.of("teacher1", "facilitator1", "assessor1", "staff1")) {
            DeviceAuthorization device = tokens.deviceAuthorization(KeycloakTokens.MODELER_CLIENT);

            HttpResponse<String> page = tokens.signInOnDevicePage(device.verificationUriComplete(), person, "demo");

            assertThat(page.statusCode()).as(person).isNotEqualTo(200);
            assertThat(page.body()).as(person).contains("Only Shamy&#39;s administrators deploy with Desktop Modeler");
            if (person.equals("teacher1")) {
                // Keycloak keeps the code pending or denies it; either way it never turns into a token
                HttpResponse<String> answer = tokens.pollDeviceToken(device, false);
                assertThat(answer.statusCode()).isEqualTo(400);
                assertThat(json.readTree(answer.body()).get("error").asText())
                        .isIn("authorization_pending", "access_denied");
                assertThat(answer.body()).doesNotContain("access_token");
            }
        }
    }

    @Test
    void modelerClientRefusesEveryGrantButTheDeviceGrant() {
        HttpResponse<String> password = tokens.tokenResponse(Map.of("grant_type", "password",
                "client_id", KeycloakTokens.MODELER_CLIENT, "username", "admin", "password", "demo"),
                KeycloakServer.REALM);
        HttpResponse<String> clientCredentials = tokens.tokenResponse(Map.of("grant_type", "client_credentials",
                "client_id", KeycloakTokens.MODELER_CLIENT), KeycloakServer.REALM);
        HttpResponse<String> code = get(keycloak.issuer() + "/protocol/openid-connect/auth?client_id="
                + KeycloakTokens.MODELER_CLIENT + "&response_type=code&scope=openid&redirect_uri="
                + "http%3A%2F%2Flocalhost%3A8080%2F", null);

        assertThat(password.statusCode()).isIn(400, 401);
        assertThat(password.body()).contains("unauthorized_client").doesNotContain("access_token");
        assertThat(clientCredentials.statusCode()).isIn(400, 401);
        assertThat(clientCredentials.body()).doesNotContain("access_token");
        assertThat(code.statusCode()).isEqualTo(400);
        assertThat(code.headers().firstValue("Location")).isEmpty();
    }

    private String admin(String path) {
        return keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + path;
    }

    private HttpResponse<String> get(String uri, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return KeycloakTokens.send(http, request.build());
    }

    private List<String> values(String body, String field) throws Exception {
        List<String> values = new ArrayList<>();
        for (JsonNode node : json.readTree(body)) {
            values.add(node.get(field).asText());
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<String> audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(aud));
    }
}
