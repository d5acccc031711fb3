package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Shamy with the keycloak profile against a real Keycloak: its APIs take the realm's access tokens and
 * nothing else, the token's groups reach the engine, and the engine's users come from Keycloak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kc1;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=false",
        "camunda.bpm.job-execution.enabled=false",
        // no grace after "exp", so the expiry test need not wait out the production skew
        "shamy.keycloak.clock-skew=0s"})
@WithSharedKeycloak
class KeycloakBearerIntegrationTests {

    private static final KeycloakServer keycloak = KeycloakServer.shared();
    private static final KeycloakTokens tokens = new KeycloakTokens(keycloak);
    /** A test-only client with 5-second access tokens, added to the running test realm, never to the file. */
    private static final String SHORT_LIVED_CLIENT = "test-only-short-lived";
    private static String teacher1;
    private static String admin;

    @BeforeAll
    static void signIn() {
        teacher1 = tokens.signIn("teacher1", "demo");
        admin = tokens.signIn("admin", "demo");
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Autowired
    TaskService taskService;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void teacherSeesTheirOwnTaskButNotAnotherTeachers() throws Exception {
        String own = task("Plan for teacher1", "teacher1");
        String other = task("Plan for teacher2", "teacher2");

        HttpResponse<String> response = get("/engine-rest/task", teacher1);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ids(response.body())).contains(own).doesNotContain(other);
    }

    @Test
    void tokenGroupsReachTheEngine() throws Exception {
        // admins hold every engine right through their group, teachers none on process definitions
        assertThat(count(get("/engine-rest/process-definition/count", admin))).isPositive();
        assertThat(count(get("/engine-rest/process-definition/count", teacher1))).isZero();
    }

    @Test
    void administratorListsTheUsersKeycloakHolds() throws Exception {
        HttpResponse<String> response = get("/engine-rest/user?maxResults=100", admin);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode users = json.readTree(response.body());
        List<String> ids = new ArrayList<>();
        users.forEach(user -> ids.add(user.get("id").asText()));
        assertThat(ids).contains("admin", "staff1", "assessor1", "assessor2", "facilitator1", "facilitator2",
                "teacher1", "teacher2", "teacher3", "teacher4", "teacher5", "teacher6");
        JsonNode aliya = json.readTree(get("/engine-rest/user/teacher1/profile", admin).body());
        assertThat(aliya.get("firstName").asText()).isEqualTo("Aliya");
        assertThat(aliya.get("email").asText()).isEqualTo("teacher1@demo.shamy.kz");
        assertThat(json.readTree(get("/engine-rest/group?member=teacher1", admin).body()).findValuesAsText("id"))
                .containsExactly("teachers");
    }

    @Test
    void theActuatorTakesAnAdministratorsTokenOnly() throws Exception {
        assertThat(on(managementPort, "/actuator/info", null).statusCode()).isEqualTo(401);
        assertThat(on(managementPort, "/actuator/info", teacher1).statusCode()).isEqualTo(403);
        assertThat(on(managementPort, "/actuator/info", admin).statusCode()).isEqualTo(200);

        HttpResponse<String> anonymous = on(managementPort, "/actuator/health/readiness", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(json.readTree(anonymous.body()).has("components")).isFalse();
        JsonNode readiness = json.readTree(on(managementPort, "/actuator/health/readiness", admin).body());
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").path("keycloak").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void noTokenIsRefused() {
        assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
        HttpResponse<String> api = get("/api/anything", null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(api.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void tokenWithATamperedSignatureIsRefused() {
        String[] parts = teacher1.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        String tampered = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(signature);

        HttpResponse<String> response = get("/engine-rest/task", tampered);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("\"id\"").contains("urn:shamy:problem:unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void tokenWhoseClaimsWereEditedIsRefused() {
        String[] parts = teacher1.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"teachers\"", "\"admins\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];

        assertThat(get("/engine-rest/process-definition/count", forged).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws Exception {
        String kid = SignedJWT.parse(teacher1).getHeader().getKeyID();
        RSAKey foreignKey = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                new JWTClaimsSet.Builder().issuer(keycloak.issuer()).audience("shamy-api").subject("x")
                        .claim("preferred_username", "admin").claim("groups", List.of("admins"))
                        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        forged.sign(new RSASSASigner(foreignKey));

        assertThat(get("/engine-rest/process-definition/count", forged.serialize()).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenFromAnotherRealmIsRefused() {
        assertThat(get("/engine-rest/task", tokens.masterAdmin()).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        // the identity plugin's service-account token is genuine, but not meant for Shamy's APIs
        String serviceToken = tokens.clientCredentials(KeycloakTokens.IDENTITY_CLIENT, KeycloakTokens.IDENTITY_SECRET);
        assertThat(KeycloakTokens.claims(serviceToken).get("aud")).asString().doesNotContain("shamy-api");

        assertThat(get("/engine-rest/task", serviceToken).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenIsAcceptedUntilItExpiresAndRefusedAfter() throws Exception {
        String token = shortLivedToken("teacher1");
        Instant expiry = Instant.ofEpochSecond(((Number) KeycloakTokens.claims(token).get("exp")).longValue());
        assertThat(get("/engine-rest/task", token).statusCode()).isEqualTo(200);

        // polled until the clock passes "exp"
        await().atMost(Duration.between(Instant.now(), expiry.plusSeconds(15))).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/engine-rest/task", token).statusCode(), status -> status != 200);

        assertThat(get("/engine-rest/task", token).statusCode()).isEqualTo(401);
        assertThat(Instant.now()).isAfterOrEqualTo(expiry);
    }

    private static String shortLivedToken(String username) throws Exception {
        String realmAdmin = tokens.masterAdmin();
        String client = """
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "5"},
                 "protocolMappers": [{"name": "audience", "protocol": "openid-connect",
                   "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.client.audience": "shamy-api", "access.token.claim": "true"}}]}
                """.formatted(SHORT_LIVED_CLIENT);
        HttpResponse<String> created = KeycloakTokens.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                URI.create(keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/clients"))
                .header("Authorization", "Bearer " + realmAdmin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client)).build());
        assertThat(created.statusCode()).isIn(201, 409);
        HttpResponse<String> response = tokens.tokenResponse(Map.of("grant_type", "password",
                "client_id", SHORT_LIVED_CLIENT, "username", username, "password", "demo"), KeycloakServer.REALM);
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private String task(String name, String assignee) {
        Task task = taskService.newTask();
        task.setName(name);
        task.setAssignee(assignee);
        taskService.saveTask(task);
        return task.getId();
    }

    private List<String> ids(String body) throws Exception {
        List<String> ids = new ArrayList<>();
        json.readTree(body).forEach(node -> ids.add(node.get("id").asText()));
        return ids;
    }

    private long count(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).get("count").asLong();
    }

    private HttpResponse<String> get(String path, String bearer) {
        return on(port, path, bearer);
    }

    private HttpResponse<String> on(int port, String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return KeycloakTokens.send(http, request.build());
    }
}
