package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.scenario.WebappSession;
import kz.shamy.search.internal.IndexedReports;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replays the bad-input corpus ({@code src/test/resources/bad-input/*.jsonl}: one malformed request a line,
 * with who sends it and, where the answer is settled, its status) against a running Shamy with the demo
 * data, through the engine REST API, the webapps' engine API (the same lines, signed in as a browser is) and
 * Shamy's {@code /api}. Every answer must be a 4xx problem detail naming no engine class, and none may leave
 * anything behind: the row counts of every Shamy table (as the Flyway migrations create them), of the
 * engine's runtime and repository tables, and the search index's document count are the same after the
 * replay as before. The answers are written to {@code target/bad-input-report.md}.
 */
@ShamyIntegrationTest
class BadInputCorpusIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table\\s+([a-z_]+)");
    private static final Pattern DROP_TABLE = Pattern.compile("(?i)drop table\\s+(?:if exists\\s+)?([a-z_]+)");
    /** What an answer may never show: engine or Java class names, engine log codes, stack frames. */
    private static final List<String> LEAKS = List.of("Exception", "org.camunda", "ENGINE-", "java.", "\tat ",
            "org.springframework", "org.hibernate", "SQL");
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    private static final String BOUNDARY = "XbadX";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Line(String file, int number, JsonNode request) {
        String why() {
            return request.path("why").asText();
        }
    }

    @Test
    void everyMalformedRequestIsRefusedWithAProblemDetailAndLeavesNothingBehind() throws Exception {
        await().atMost(Duration.ofMinutes(2)).until(() -> IndexedReports.caughtUp(context));
        Map<String, String> ids = placeholders();
        List<Line> corpus = corpus();
        Map<String, Long> before = counts();

        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, WebappSession> sessions = new HashMap<>();
        for (Line line : corpus) {
            HttpResponse<String> answer = send(line, ids, null);
            check(line, "", answer, report, failures);
            if (line.request().path("path").asText().startsWith("/engine-rest/") && webappCanReplay(line)) {
                String user = line.request().path("user").asText();
                WebappSession session = sessions.computeIfAbsent(user, u -> WebappSession.signIn(port, u, "demo"));
                check(line, "webapp ", send(line, ids, session), report, failures);
            }
        }
        Map<String, Long> after = counts();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bad-input-report.md"), "| status | expected | request |\n|---|---|---|\n"
                + String.join("\n", report) + "\n\n" + report.size() + " answers to " + corpus.size()
                + " requests; failures:\n" + String.join("\n", failures) + "\n");
        System.out.println("Bad-input corpus: " + corpus.size() + " requests, " + report.size() + " answers, "
                + failures.size() + " failures\n" + String.join("\n", failures));

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        assertThat(failures).as("answers that are not a 4xx problem detail as expected").isEmpty();
        assertThat(after).as("row counts and index documents after the replay").isEqualTo(before);
    }

    /** The webapps' API is reached with a session, so lines about Basic credentials do not apply there. */
    private static boolean webappCanReplay(Line line) {
        return line.request().hasNonNull("user") && !line.request().has("password")
                && !line.request().path("webapp").asText().equals("skip");
    }

    private void check(Line line, String way, HttpResponse<String> answer, List<String> report, List<String> failures) {
        JsonNode request = line.request();
        int status = answer.statusCode();
        String expected = request.has("status") ? request.path("status").asText() : "4xx";
        String what = way + request.path("method").asText() + " " + abbreviate(request.path("path").asText())
                + " as " + request.path("user").asText("anonymous") + ": " + line.why();
        report.add("| " + status + " | " + expected + " | " + what.replace("|", "\\|") + " |");
        List<String> wrong = new ArrayList<>();
        if (status / 100 != 4) {
            wrong.add("status " + status);
        } else if (request.has("status") && status != request.path("status").asInt()) {
            wrong.add("status " + status + " instead of " + expected);
        }
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        if (!contentType.startsWith("application/problem+json")) {
            wrong.add("content type '" + contentType + "'");
        }
        JsonNode body = parse(answer.body());
        if (body == null || body.path("status").asInt() != status || body.path("title").asText().isBlank()
                || body.path("type").asText().isBlank()) {
            wrong.add("not a problem detail");
        }
        for (String leak : LEAKS) {
            if (answer.body().contains(leak)) {
                wrong.add("shows '" + leak + "'");
            }
        }
        if (!wrong.isEmpty()) {
            failures.add(line.file() + ":" + line.number() + " " + what + " → " + String.join(", ", wrong) + ": "
                    + abbreviate(answer.body()));
        }
    }

    private HttpResponse<String> send(Line line, Map<String, String> ids, WebappSession session)
            throws IOException, InterruptedException {
        JsonNode request = line.request();
        String method = request.path("method").asText();
        String path = fill(request.path("path").asText(), ids);
        String contentType = request.hasNonNull("contentType") ? request.path("contentType").asText() : null;
        byte[] body = null;
        if (request.has("generate")) {
            contentType = generatedContentType(request.path("generate").asText());
            body = generated(request.path("generate").asText());
        } else if (request.has("body")) {
            JsonNode value = request.path("body");
            body = fill(value.isTextual() ? value.asText() : JSON.writeValueAsString(value), ids)
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (session != null) {
            return session.exchange(method, WEBAPP_ENGINE + path.substring("/engine-rest".length()), contentType, body);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(1))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (request.hasNonNull("user")) {
            String credentials = request.path("user").asText() + ":" + request.path("password").asText("demo");
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String generatedContentType(String kind) {
        return kind.endsWith("deployment") || kind.equals("deep-form") ? "multipart/form-data; boundary=" + BOUNDARY
                : "application/json";
    }

    /** Bodies too large to keep in the corpus as they are. */
    private static byte[] generated(String kind) {
        return switch (kind) {
            case "deep-json" -> ("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case "deep-json-array" -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case "deep-form" -> multipart("deep.form", "{\"id\":\"deep\",\"type\":\"default\",\"components\":"
                    + "[{\"type\":\"group\",\"components\":".repeat(5000) + "[]" + "}]".repeat(5000) + "}");
            case "oversized-deployment" -> multipart("big.bpmn", "<definitions xmlns=\"http://www.omg.org/spec/BPMN/"
                    + "20100524/MODEL\" targetNamespace=\"x\"><!--" + "x".repeat(40 * 1024 * 1024) + "--></definitions>");
            default -> throw new IllegalArgumentException("no generator " + kind);
        };
    }

    private static byte[] multipart(String fileName, String content) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + fileName
                + "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Ids of the demo data's records that the corpus names by {placeholder}. */
    private Map<String, String> placeholders() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("teacher2Task", openTask("teacher2").getId());
        ids.put("teacher3Task", openTask("teacher3").getId());
        ids.put("instance", openTask("teacher2").getProcessInstanceId());
        ids.put("finishedTask", history.createHistoricTaskInstanceQuery().taskAssignee("teacher1").finished()
                .orderByHistoricActivityInstanceStartTime().asc().list().get(0).getId());
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey("development-work")
                .latestVersion().singleResult();
        ids.put("definition", definition.getId());
        ids.put("deployment", definition.getDeploymentId());
        ids.put("job", management.createJobQuery().list().get(0).getId());
        ids.put("draftReport", jdbc.queryForObject("select id from SHAMY.project_report order by case when status = 'DRAFT' then 0 else 1 end, id limit 1",
                String.class));
        assertThat(ids).doesNotContainValue(null);
        return ids;
    }

    private Task openTask(String assignee) {
        return tasks.createTaskQuery().taskAssignee(assignee).list().get(0);
    }

    private static String fill(String text, Map<String, String> ids) {
        String filled = text;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    private static List<Line> corpus() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:bad-input/*.jsonl")) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(),
                    StandardCharsets.UTF_8))) {
                int number = 0;
                for (String text = in.readLine(); text != null; text = in.readLine()) {
                    number++;
                    if (!text.isBlank()) {
                        lines.add(new Line(file.getFilename(), number, JSON.readTree(text)));
                    }
                }
            }
        }
        return lines;
    }

    /** Rows of every table the migrations create, of the engine's runtime and repository tables; index documents. */
    private Map<String, Long> counts() throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : shamyTables()) {
            counts.put("SHAMY." + table, jdbc.queryForObject("select count(*) from SHAMY." + table, Long.class));
        }
        // the metrics log is written on a schedule, not by requests
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where "
                + "(table_name like 'ACT_RU_%' or table_name like 'ACT_RE_%' or table_name = 'ACT_GE_BYTEARRAY') "
                + "and table_name <> 'ACT_RU_METER_LOG'", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("search index documents", IndexedReports.count(context));
        assertThat(counts).containsKeys("SHAMY.DEVELOPMENT_PLAN", "ACT_RU_TASK", "ACT_RE_DEPLOYMENT");
        return counts;
    }

    private static List<String> shamyTables() throws IOException {
        List<String> tables = new ArrayList<>();
        List<String> droppedTables = new ArrayList<>();
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
            String sql = migration.getContentAsString(StandardCharsets.UTF_8);
            Matcher created = CREATE_TABLE.matcher(sql);
            while (created.find()) {
                tables.add(created.group(1).toUpperCase());
            }
            Matcher dropped = DROP_TABLE.matcher(sql);
            while (dropped.find()) {
                droppedTables.add(dropped.group(1).toUpperCase());
            }
        }
        tables.removeAll(droppedTables);
        assertThat(tables).hasSizeGreaterThan(20);
        return tables;
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? null : JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
