package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.programme.Region;
import kz.shamy.programme.Schools;
import kz.shamy.scenario.ShamyHttp;
import kz.shamy.scenario.ShamyHttp.Answer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input through the engine REST API gets a clear 400 and loses nothing: invalid form data leaves the
 * task open, a start naming an unknown record starts nothing, invalid BPMN is not deployed.
 */
@ShamyIntegrationTest
class EngineRestErrorsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Schools schools;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    private static final String UNKNOWN = "6a1f0c2e-0000-4000-8000-00000000dead";

    /** The engine takes a claim naming no one as an unclaim; Shamy refuses it, whatever the body is. */
    @Test
    void aClaimNamingNoOneIsRefused() {
        ShamyHttp http = new ShamyHttp(port);
        for (String body : List.of("{}", "{\"userId\": \"  \"}", "{\"userId\": 7}", "not json", "")) {
            Answer refused = http.call("POST", "facilitator1", "/engine-rest/task/" + UNKNOWN + "/claim", body);
            assertThat(refused.status()).as(body + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().path("field").asText()).as(body).isEqualTo("userId");
        }
        Answer named = http.call("POST", "facilitator1", "/engine-rest/task/" + UNKNOWN + "/claim",
                "{\"userId\": \"facilitator1\"}");
        assertThat(named.status()).as("a claim naming someone reaches the engine: " + named.text()).isNotEqualTo(400);
    }

    @Test
    void invalidFormDataIsRefusedWith400AndTheTaskStaysOpen() {
        ShamyHttp http = new ShamyHttp(port);
        Region region = schools.regions().get(0);
        LocalDate day1 = LocalDate.now().plusDays(30);
        Answer planned = http.post("admin", "/api/workshops", Map.of("regionId", region.id(), "venue", "Shymkent",
                "day1", day1.toString(), "day2", day1.plusDays(1).toString(),
                "registrationDeadline", day1.minusDays(10).toString(), "invitees", List.of("teacher3")));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        String instance = planned.body().path("processInstanceId").asText();
        String task = http.taskOf("teacher3", "AnswerInvitation", instance);

        Answer refused = http.complete("teacher3", task, Map.of("answer", "MAYBE"));

        // refused by the form's own options (workflow.internal.EngineApiGuard) before the engine or a listener sees it
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("answer");
        assertThat(refused.body().path("detail").asText()).contains("CONFIRMED", "DECLINED").doesNotContain("ENGINE-");
        assertThat(refused.body().path("type").asText()).isEqualTo("urn:shamy:problem:invalid-request");
        assertThat(refused.body().path("status").asInt()).isEqualTo(400);
        assertThat(refused.body().path("message").asText()).isNotBlank().doesNotContain("ENGINE-");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(http.complete("teacher3", task, Map.of("answer", "CONFIRMED")).status()).isEqualTo(204);
    }

    @Test
    void startNamingAnUnknownRecordIsRefusedWith400AndStartsNothing() {
        ShamyHttp http = new ShamyHttp(port);
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("induction-workshop").count();

        Answer refused = http.post("admin", "/engine-rest/process-definition/key/induction-workshop/start",
                Map.of("variables", Map.of("workshopId", Map.of("value", 987654, "type", "Long"))));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().path("type").asText()).isEqualTo("urn:shamy:problem:invalid-request");
        assertThat(refused.body().path("detail").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("induction-workshop").count())
                .isEqualTo(before);
    }

    @Test
    void invalidBpmnIsRefusedWith400NamingTheError() {
        ShamyHttp http = new ShamyHttp(port);
        String bpmn = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\">"
                + "<process id=\"broken\" isExecutable=\"true\"><startEvent id=\"s\"/>"
                + "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"nowhere\"/></process></definitions>";

        Answer refused = http.deploy("admin", "broken.bpmn", bpmn);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().path("message").asText()).contains("nowhere");
        assertThat(http.get("admin", "/engine-rest/process-definition/count?key=broken").body().path("count").asInt())
                .isZero();
    }

    @Test
    void completingAFinishedTaskIs409ToWhoHeldItAnd404ToEveryoneElse() {
        ShamyHttp http = new ShamyHttp(port);
        String finished = history.createHistoricTaskInstanceQuery().taskAssignee("teacher1").finished().list().get(0)
                .getId();

        Answer again = http.post("teacher1", "/engine-rest/task/" + finished + "/complete", Map.of());
        Answer stranger = http.post("teacher5", "/engine-rest/task/" + finished + "/submit-form", Map.of());
        Answer unknown = http.post("teacher5", "/engine-rest/task/" + UNKNOWN + "/submit-form", Map.of());

        assertProblem(again, 409, "urn:shamy:problem:changed-by-someone-else");
        assertProblem(stranger, 404, "urn:shamy:problem:not-found");
        assertProblem(unknown, 404, "urn:shamy:problem:not-found");
        assertThat(stranger.body().path("detail").asText()).isEqualTo(
                unknown.body().path("detail").asText().replace(UNKNOWN, finished));
    }

    @Test
    void deletingAnotherTeachersTaskLooksExactlyLikeDeletingAnUnknownOneAndOwnProcessTasksStay() {
        ShamyHttp http = new ShamyHttp(port);
        String teacher3s = tasks.createTaskQuery().taskAssignee("teacher3").list().get(0).getId();
        String teacher2s = tasks.createTaskQuery().taskAssignee("teacher2").list().get(0).getId();

        Answer others = send("teacher2", "DELETE", "/engine-rest/task/" + teacher3s, null, null);
        Answer unknown = send("teacher2", "DELETE", "/engine-rest/task/" + UNKNOWN, null, null);
        Answer own = send("teacher2", "DELETE", "/engine-rest/task/" + teacher2s, null, null);

        assertProblem(others, 404, "urn:shamy:problem:not-found");
        assertProblem(unknown, 404, "urn:shamy:problem:not-found");
        assertThat(others.body().path("detail").asText().replace(teacher3s, "ID"))
                .isEqualTo(unknown.body().path("detail").asText().replace(UNKNOWN, "ID"));
        assertProblem(own, 400, "urn:shamy:problem:invalid-request");
        assertThat(tasks.createTaskQuery().taskId(teacher3s).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(teacher2s).count()).isEqualTo(1);
        assertThat(http.get("teacher2", "/engine-rest/task/" + teacher2s).status()).isEqualTo(200);
    }

    @Test
    void anEmptyConditionAndRetriesOfAMissingJobAreClientMistakes() {
        long jobs = management.createJobQuery().count();

        assertProblem(send("admin", "POST", "/engine-rest/condition", "application/json", "{}"), 400,
                "urn:shamy:problem:invalid-request");
        assertProblem(send("admin", "PUT", "/engine-rest/job/" + UNKNOWN + "/retries", "application/json",
                "{\"retries\": 1}"), 404, "urn:shamy:problem:not-found");
        assertThat(management.createJobQuery().count()).isEqualTo(jobs);
    }

    @Test
    void deploymentsThatDoNotParseAreRefusedWith400AndDeployNothing() {
        long deployments = repository.createDeploymentQuery().count();
        String deepForm = "{\"id\":\"deep\",\"type\":\"default\",\"components\":"
                + "[{\"type\":\"group\",\"components\":".repeat(5000) + "[]" + "}]".repeat(5000) + "}";

        assertProblem(new ShamyHttp(port).deploy("admin", "deep.form", deepForm), 400,
                "urn:shamy:problem:invalid-request");
        assertProblem(new ShamyHttp(port).deploy("admin", "broken.bpmn", "this is not BPMN"), 400,
                "urn:shamy:problem:invalid-request");
        assertProblem(send("admin", "POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=XbadX",
                "--XbadX\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n\r\n<definitions"),
                400, "urn:shamy:problem:invalid-request");
        assertProblem(send("admin", "POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=XbadX",
                "--XbadX\r\nContent-Disposition: form-data; name=\"data\"; filename=\"big.bpmn\"\r\n\r\n"
                        + "x".repeat(11 * 1024 * 1024) + "\r\n--XbadX--\r\n"), 413, "urn:shamy:problem:too-large");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aJavaSerializedVariableIsRefusedWith400() {
        String task = tasks.createTaskQuery().taskAssignee("teacher2").list().get(0).getId();
        String serialized = "{\"variables\": {\"a\": {\"type\": \"Object\", \"value\": \"rO0ABXNyABFqYXZhLmxhbmcuSW50ZWdlchLioKT3gYc4AgABSQAFdmFsdWV4cgAQamF2YS5sYW5nLk51bWJlcoaslR0LlOCLAgAAeHAAAAAB\", "
                + "\"valueInfo\": {\"objectTypeName\": \"java.lang.Integer\", "
                + "\"serializationDataFormat\": \"application/x-java-serialized-object\"}}}}";

        Answer refused = send("teacher2", "POST", "/engine-rest/task/" + task + "/complete", "application/json", serialized);

        assertProblem(refused, 400, "urn:shamy:problem:invalid-request");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(runtime.getVariable(tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId(), "a"))
                .isNull();
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.body().path("status").asInt()).as(answer.text()).isEqualTo(status);
        assertThat(answer.body().path("type").asText()).as(answer.text()).isEqualTo(type);
        assertThat(answer.body().path("title").asText()).isNotBlank();
        assertThat(answer.text()).doesNotContain("Exception", "ENGINE-", "org.camunda", "java.");
    }

    /** A request as sent, and the answer with its content type checked: always a problem detail. */
    private Answer send(String user, String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(
                        StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            return new Answer(response.statusCode(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    response.body()), response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
