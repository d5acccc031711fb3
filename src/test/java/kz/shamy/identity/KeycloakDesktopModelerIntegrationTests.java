package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import kz.shamy.workflow.DesktopModelerDeploy;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Desktop Modeler's Deploy button against Shamy in the keycloak profile: an administrator deploys with
 * the token the device grant of the realm's {@code shamy-modeler} client gives; everyone else is refused with
 * 403 before the engine runs. The same configuration as {@link KeycloakBearerIntegrationTests}, so the two
 * classes share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kc1;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=false",
        "camunda.bpm.job-execution.enabled=false",
        "shamy.keycloak.clock-skew=0s"})
@WithSharedKeycloak
class KeycloakDesktopModelerIntegrationTests {

    private static final KeycloakTokens tokens = new KeycloakTokens(KeycloakServer.shared());

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void administratorDeploysFromDesktopModelerWithTheDeviceGrantsToken() throws Exception {
        String bearer = "Bearer " + tokens.deviceSignIn("admin", "demo");
        String key = "DesktopModelerKeycloak_" + System.nanoTime();
        String bpmn = DesktopModelerDeploy.bpmn(key, key + "-form");

        HttpResponse<String> first = send(DesktopModelerDeploy.request(endpoint(), bearer, key, bpmn));
        HttpResponse<String> unchanged = send(DesktopModelerDeploy.request(endpoint(), bearer, key, bpmn));
        HttpResponse<String> changed = send(DesktopModelerDeploy.request(endpoint(), bearer, key,
                bpmn.replace("name=\"Check\"", "name=\"Check again\"")));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(200);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode deployed = json.readTree(changed.body());
        assertThat(deployed.path("deployedProcessDefinitions").toString()).contains("\"version\":2");
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        assertThat(latest.getVersion()).as("deploy-changed-only: the unchanged file made no version").isEqualTo(2);
        assertThat(repository.createDeploymentQuery().deploymentId(latest.getDeploymentId()).singleResult()
                .getSource()).isEqualTo("Camunda Modeler");
    }

    @Test
    void everyoneButAdministratorsIsRefusedOnDeploymentsWithTheirOwnTokens() throws Exception {
        String existing = repository.createDeployment().name("kept").addString("kept.bpmn",
                DesktopModelerDeploy.bpmn("DesktopModelerKept_" + System.nanoTime(), "kept-form")).deploy().getId();
        for (String person : List.of("teacher1", "facilitator1", "assessor1", "staff1")) {
            String bearer = "Bearer " + tokens.signIn(person, "demo");
            String key = "DesktopModelerRefused_" + System.nanoTime();

            HttpResponse<String> create = send(DesktopModelerDeploy.request(endpoint(), bearer, key,
                    DesktopModelerDeploy.bpmn(key, key + "-form")));
            HttpResponse<String> delete = send(HttpRequest.newBuilder(URI.create(base() + "/engine-rest/deployment/"
                    + existing)).header("Authorization", bearer).DELETE().build());
            HttpResponse<String> redeploy = send(HttpRequest.newBuilder(URI.create(base() + "/engine-rest/deployment/"
                    + existing + "/redeploy")).header("Authorization", bearer).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

            for (HttpResponse<String> refused : List.of(create, delete, redeploy)) {
                assertThat(refused.statusCode()).as(person + " " + refused.request().method() + " " + refused.uri())
                        .isEqualTo(403);
                assertThat(refused.body()).contains("urn:shamy:problem:forbidden");
            }
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        }
        assertThat(repository.createDeploymentQuery().deploymentId(existing).count()).isEqualTo(1);
        assertThat(repository.createDeploymentQuery().deploymentName("kept").count()).isEqualTo(1);
    }

    @Test
    void desktopModelersTokenServesAdministratorsOnTheEngineRestApiOnly() {
        String bearer = "Bearer " + tokens.deviceSignIn("admin", "demo");

        HttpResponse<String> engine = send(get("/engine-rest/deployment/count", bearer));
        HttpResponse<String> api = send(get("/api/search?q=mektep", bearer));

        assertThat(engine.statusCode()).as(engine.body()).isEqualTo(200);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(api.body()).contains("urn:shamy:problem:forbidden").contains("Desktop Modeler");
    }

    private HttpRequest get(String path, String authorization) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).build();
    }

    /** What Desktop Modeler's Deploy dialog holds as the REST endpoint. */
    private String endpoint() {
        return base() + "/engine-rest";
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return KeycloakTokens.send(http, request);
    }
}
