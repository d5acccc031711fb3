package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import kz.shamy.ShamyIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda Desktop Modeler's Deploy button in local mode (no Keycloak): endpoint {@code http://host/engine-rest},
 * authentication "HTTP Basic" with the administrator's own username and password. Everyone else is refused with
 * 403 by Shamy's engine API guard before the engine runs; a deployment the engine cannot take is a 400 and
 * deploys nothing.
 */
@ShamyIntegrationTest
class DesktopModelerDeployIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void administratorDeploysWithHisOwnPasswordAndGetsANewVersion() throws Exception {
        String key = "DesktopModelerLocal_" + System.nanoTime();
        String bpmn = DesktopModelerDeploy.bpmn(key, key + "-form");

        HttpResponse<String> first = send(DesktopModelerDeploy.request(endpoint(), basic("admin"), key, bpmn));
        HttpResponse<String> second = send(DesktopModelerDeploy.request(endpoint(), basic("admin"), key,
                bpmn.replace("name=\"Check\"", "name=\"Check again\"")));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode deployed = json.readTree(second.body());
        assertThat(deployed.path("deployedProcessDefinitions").toString()).contains("\"key\":\"" + key + "\"")
                .contains("\"version\":2");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getVersion()).isEqualTo(2);
        String firstDeployment = json.readTree(first.body()).get("id").asText();
        assertThat(repository.getDeploymentResourceNames(firstDeployment))
                .containsExactlyInAnyOrder(key + ".bpmn", key + "-form.form");
        assertThat(repository.createDeploymentQuery().deploymentId(deployed.get("id").asText()).singleResult()
                .getSource()).isEqualTo("Camunda Modeler");
        // Desktop Modeler deploys changed-only, so the engine leaves the unchanged form out; Shamy puts it back
        // beside its process (workflow.engine.FormsBesideTheirProcess), or version 2's task would find no form
        assertThat(repository.getDeploymentResourceNames(deployed.get("id").asText()))
                .containsExactlyInAnyOrder(key + ".bpmn", key + "-form.form");
    }

    @Test
    void everyoneElseIsRefusedWith403AndNothingIsDeployedOrRemoved() throws Exception {
        String existing = repository.createDeployment().name("kept-local").addString("kept.bpmn",
                DesktopModelerDeploy.bpmn("DesktopModelerKeptLocal_" + System.nanoTime(), "kept-form")).deploy()
                .getId();
        for (String person : List.of("teacher1", "facilitator1", "assessor1", "staff1")) {
            String key = "DesktopModelerRefusedLocal_" + System.nanoTime();
            String bpmn = DesktopModelerDeploy.bpmn(key, key + "-form");

            List<HttpResponse<String>> refused = List.of(
                    send(DesktopModelerDeploy.request(endpoint(), basic(person), key, bpmn)),
                    send(DesktopModelerDeploy.request(base() + "/engine-rest/engine/default", basic(person), key,
                            bpmn)),
                    send(HttpRequest.newBuilder(URI.create(base() + "/engine-rest/deployment/" + existing))
                            .header("Authorization", basic(person)).DELETE().build()),
                    send(HttpRequest.newBuilder(URI.create(base() + "/engine-rest/deployment/" + existing
                            + "/redeploy")).header("Authorization", basic(person))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}")).build()),
                    // the same resource, its name percent-encoded: Jersey decodes it, so does the guard (a read,
                    // which the guard would otherwise leave to the engine)
                    send(HttpRequest.newBuilder(URI.create(base() + "/engine-rest/%64eployment/" + existing))
                            .header("Authorization", basic(person)).GET().build()));

            for (HttpResponse<String> answer : refused) {
                assertThat(answer.statusCode()).as(person + " " + answer.request().method() + " " + answer.uri())
                        .isEqualTo(403);
                assertThat(answer.body()).contains("urn:shamy:problem:forbidden");
            }
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        }
        assertThat(repository.createDeploymentQuery().deploymentId(existing).count()).isEqualTo(1);
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordDesktopModelerIsAskedForThem() {
        String key = "DesktopModelerAnonymous_" + System.nanoTime();

        HttpResponse<String> answer = send(DesktopModelerDeploy.request(endpoint(), null, key,
                DesktopModelerDeploy.bpmn(key, key + "-form")));
        HttpResponse<String> wrongPassword = send(DesktopModelerDeploy.request(endpoint(),
                "Basic " + Base64.getEncoder().encodeToString("admin:not-the-password".getBytes(StandardCharsets.UTF_8)),
                key, DesktopModelerDeploy.bpmn(key, key + "-form")));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Shamy\"");
        assertThat(wrongPassword.statusCode()).as(wrongPassword.body()).isEqualTo(401);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    void aDeploymentTheEngineCannotTakeIsA400AndDeploysNothing() throws Exception {
        String key = "DesktopModelerBroken_" + System.nanoTime();
        String deepForm = "{\"id\":\"deep\",\"type\":\"default\",\"components\":"
                + "[{\"type\":\"group\",\"components\":".repeat(200) + "[]" + "}]".repeat(200) + "}";

        HttpResponse<String> malformed = send(DesktopModelerDeploy.request(endpoint(), basic("admin"), key,
                DesktopModelerDeploy.bpmn(key, key + "-form").replace("</bpmn:process>", "")));
        HttpResponse<String> tooDeep = send(DesktopModelerDeploy.request(endpoint(), basic("admin"), key,
                DesktopModelerDeploy.bpmn(key, key + "-form"), deepForm));

        for (HttpResponse<String> answer : List.of(malformed, tooDeep)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(json.readTree(answer.body()).path("type").asText())
                    .isEqualTo("urn:shamy:problem:invalid-request");
        }
        assertThat(tooDeep.body()).contains("nested");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(repository.createDeploymentQuery().deploymentName(key).count()).isZero();
    }

    /** What the Deploy dialog's "REST endpoint" field holds. */
    private String endpoint() {
        return base() + "/engine-rest";
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String basic(String user) {
        // DEMO ONLY: the demo accounts' password
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
