package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shamy.reports.internal.ReportOutbox;
import kz.shamy.search.internal.ReportIndexer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The actuator on its own port, as an operator and a load balancer meet it: who may read what, readiness and
 * what takes a node out of it, and the metrics Shamy adds. A context of its own: the index must not catch up by
 * itself (poll-interval of an hour: it applies the outbox once, at start), the lag threshold is zero, and the
 * engine's gauges are counted five times a second, so each test sees its change without waiting a minute.
 * Spring Boot's tests leave metrics exporters off unless asked: {@code @AutoConfigureObservability} asks.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shamy-operations-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "shamy.demo-data=true",
        "shamy.demo-circles=false",
        "shamy.demo-reports=false",
        "camunda.bpm.job-execution.enabled=false",
        "shamy.search.poll-interval=PT1H",
        "shamy.search.health.max-lag-changes=0",
        "shamy.workflow.metrics.refresh=PT0.2S"})
class OperationsIntegrationTests {

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ReportOutbox outbox;
    @Autowired
    ReportIndexer indexer;
    @Autowired
    TransactionTemplate transactions;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theActuatorIsOnTheManagementPortOnly() {
        assertThat(managementPort).isNotEqualTo(port).isPositive();
        HttpResponse<String> onMainPort = get(port, "/actuator/prometheus", "admin");
        assertThat(onMainPort.statusCode()).isNotEqualTo(200);
        assertThat(onMainPort.body()).doesNotContain("shamy_");
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        HttpResponse<String> anonymous = get(managementPort, "/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("shamy_");
        HttpResponse<String> wrongPassword = send(managementPort, "/actuator/prometheus", "admin", "not-the-password");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        HttpResponse<String> teacher = get(managementPort, "/actuator/prometheus", "teacher1");
        assertThat(teacher.statusCode()).isEqualTo(403);
        assertThat(teacher.body()).doesNotContain("shamy_");
        assertThat(get(managementPort, "/actuator/info", "teacher1").statusCode()).isEqualTo(403);

        HttpResponse<String> admin = get(managementPort, "/actuator/prometheus", "admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("shamy_jobs_due", "shamy_jobs_failed", "shamy_incidents_open",
                "shamy_search_outbox_lag", "shamy_search_outbox_lag_age_seconds", "shamy_search_pool_queue",
                "shamy_search_seconds", "shamy_tasks_open");
    }

    @Test
    void probesAreOpenButOnlyAdministratorsSeeTheComponents() throws Exception {
        JsonNode anonymous = body(get(managementPort, "/actuator/health/readiness", null), 200);
        assertThat(anonymous.path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        JsonNode teacher = body(get(managementPort, "/actuator/health/readiness", "teacher1"), 200);
        assertThat(teacher.has("components")).isFalse();
        assertThat(body(get(managementPort, "/actuator/health/liveness", null), 200).path("status").asText())
                .isEqualTo("UP");
        // and on the main port, for a load balancer that reaches only that one
        assertThat(body(get(port, "/readyz", null), 200).path("status").asText()).isEqualTo("UP");
        assertThat(body(get(port, "/livez", null), 200).path("status").asText()).isEqualTo("UP");
    }

    @Test
    void readinessIsUpOnAHealthyStartWithItsComponents() throws Exception {
        indexer.catchUp();
        JsonNode readiness = body(get(managementPort, "/actuator/health/readiness", "admin"), 200);

        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        JsonNode components = readiness.path("components");
        assertThat(components.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("db", "jobExecutor", "readinessState", "searchIndex");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        // this context runs no jobs, by configuration, and says so
        assertThat(components.path("jobExecutor").path("details").path("enabled").asBoolean()).isFalse();
        assertThat(components.path("searchIndex").path("details").path("waitingChanges").asLong()).isZero();
    }

    @Test
    void anIndexBehindTheOutboxTakesTheNodeOutOfReadinessUntilItCatchesUp() throws Exception {
        indexer.catchUp();
        // a change the indexer has not applied: an outbox entry, as a report's change writes it
        transactions.executeWithoutResult(status -> outbox.changed(Long.MAX_VALUE));

        HttpResponse<String> behind = get(managementPort, "/actuator/health/readiness", "admin");
        JsonNode readiness = body(behind, 503);
        assertThat(readiness.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
        JsonNode search = readiness.path("components").path("searchIndex");
        assertThat(search.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
        assertThat(search.path("details").path("waitingChanges").asLong()).isEqualTo(1);
        assertThat(body(get(managementPort, "/actuator/health/readiness", null), 503).path("status").asText())
                .isEqualTo("OUT_OF_SERVICE");
        assertThat(get(port, "/readyz", null).statusCode()).isEqualTo(503);
        // still alive: nothing to restart
        assertThat(get(managementPort, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(metric(prometheus(), "shamy_search_outbox_lag", Map.of())).isEqualTo(1.0);

        assertThat(indexer.catchUp()).isEqualTo(1);
        assertThat(body(get(managementPort, "/actuator/health/readiness", "admin"), 200).path("status").asText())
                .isEqualTo("UP");
        assertThat(metric(prometheus(), "shamy_search_outbox_lag", Map.of())).isZero();
    }

    @Test
    void aCompletedTaskIsCountedAndTimedByProcessAndTask() {
        deploy(Bpmn.createExecutableProcess("opsCompletion").camundaHistoryTimeToLive(30).startEvent("Start")
                .userTask("ReviewThing").name("Review the thing").endEvent("End").done());
        Map<String, String> labels = Map.of("process", "opsCompletion", "task", "ReviewThing");
        Map<String, String> fresh = Map.of("process", "opsCompletion", "age", "under_1d");
        double completedBefore = metric(prometheus(), "shamy_tasks_completed_total", labels);

        String instance = runtime.startProcessInstanceByKey("opsCompletion").getId();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> metric(prometheus(), "shamy_tasks_open", fresh) == 1.0);
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.complete(task.getId());

        String after = prometheus();
        assertThat(metric(after, "shamy_tasks_completed_total", labels)).isEqualTo(completedBefore + 1);
        assertThat(metric(after, "shamy_task_completion_seconds_count", labels)).isEqualTo(completedBefore + 1);
        // the sample is in the histogram's buckets: under a minute, so in the first one and every later one
        assertThat(metric(after, "shamy_task_completion_seconds_bucket",
                Map.of("process", "opsCompletion", "task", "ReviewThing", "le", "60.0"))).isEqualTo(completedBefore + 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> metric(prometheus(), "shamy_tasks_open", fresh) == 0.0);
    }

    @Test
    void aCompletionRolledBackIsNotCounted() {
        deploy(Bpmn.createExecutableProcess("opsRolledBack").camundaHistoryTimeToLive(30).startEvent("Start")
                .userTask("Decide").name("Decide").serviceTask("Fails").camundaExpression("${noSuchBean.run()}")
                .endEvent("End").done());
        Map<String, String> labels = Map.of("process", "opsRolledBack", "task", "Decide");
        String instance = runtime.startProcessInstanceByKey("opsRolledBack").getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();

        try {
            tasks.complete(task.getId());
        } catch (RuntimeException expected) {
            // the service task after it throws: the completion is rolled back
        }

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(metric(prometheus(), "shamy_tasks_completed_total", labels)).isZero();
    }

    @Test
    void aJobThatUsedItsLastRetryShowsAsFailedWithAnIncident() {
        String before = prometheus();
        double failedBefore = metric(before, "shamy_jobs_failed", Map.of());
        double incidentsBefore = metric(before, "shamy_incidents_open", Map.of());
        deploy(Bpmn.createExecutableProcess("opsFailingJob").camundaHistoryTimeToLive(30).startEvent("Start")
                .serviceTask("CallNowhere").camundaAsyncBefore().camundaExpression("${noSuchBean.run()}")
                .endEvent("End").done());
        String instance = runtime.startProcessInstanceByKey("opsFailingJob").getId();
        Job job = management.createJobQuery().processInstanceId(instance).singleResult();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> metric(prometheus(), "shamy_jobs_due", Map.of()) >= 1.0);
        management.setJobRetries(job.getId(), 1);

        try {
            management.executeJob(job.getId());
        } catch (RuntimeException expected) {
            // its expression names no bean: the job fails its last retry
        }

        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String after = prometheus();
            assertThat(metric(after, "shamy_jobs_failed", Map.of())).isEqualTo(failedBefore + 1);
            assertThat(metric(after, "shamy_incidents_open", Map.of())).isEqualTo(incidentsBefore + 1);
        });
        runtime.deleteProcessInstance(instance, "test over");
    }

    private void deploy(org.camunda.bpm.model.bpmn.BpmnModelInstance model) {
        repository.createDeployment().name("operations-test").addModelInstance("operations.bpmn", model).deploy();
    }

    private String prometheus() {
        HttpResponse<String> response = get(managementPort, "/actuator/prometheus", "admin");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}; 0 when there is none. */
    static double metric(String exposition, String name, Map<String, String> labels) {
        double sum = 0;
        Matcher sample = SAMPLE.matcher(exposition);
        while (sample.find()) {
            String sampleLabels = sample.group(2) == null ? "" : sample.group(2);
            if (sample.group(1).equals(name) && labels.entrySet().stream()
                    .allMatch(label -> sampleLabels.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                sum += Double.parseDouble(sample.group(3));
            }
        }
        return sum;
    }

    private JsonNode body(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(int port, String path, String user) {
        return send(port, path, user, "demo");
    }

    private HttpResponse<String> send(int port, String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
