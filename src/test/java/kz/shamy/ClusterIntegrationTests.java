package kz.shamy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two Shamy JVMs on two ports over one PostgreSQL, as the {@code cluster} profile runs them (issue 10, item 2):
 * a session made on one node is valid on the other; a report written on A is found on B within 5 s (B's index is
 * fed from the database outbox with its own cursor); 200 timers due at once fire once each, on both nodes' job
 * executors; and node A killed with SIGKILL in the middle of an import loses no committed record while B takes
 * the import's job as interrupted and carries on. Figures go to {@code target/cluster-figures.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int TIMERS = 200;
    private static final int IMPORTED = 12_000;

    private static EmbeddedPostgres postgres;
    private static Path folder;
    private static Node a;
    private static Node b;
    private static final StringBuilder figures = new StringBuilder("# Two nodes on one PostgreSQL\n\n");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One Shamy JVM, started as {@code java -cp … kz.shamy.ShamyApplication} with the cluster profile. */
    record Node(String name, int port, Process process, Path log) {

        static Node start(String name, boolean demoData) throws IOException {
            int port = freePort();
            Path data = folder.resolve(name);
            Files.createDirectories(data);
            Path log = folder.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", classPath(),
                    "kz.shamy.ShamyApplication",
                    "--spring.profiles.active=postgres,cluster",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--server.port=" + port,
                    "--management.server.port=" + freePort(),
                    // the node's name, as the cluster profile reads it (shamy.node.name and the engine's job log)
                    "--SHAMY_NODE_NAME=" + name,
                    "--shamy.data-dir=" + data,
                    "--shamy.search.index-dir=" + data.resolve("index"),
                    "--shamy.demo-data=" + demoData,
                    "--shamy.imports.heartbeat=PT1S",
                    "--shamy.imports.stale-after=PT8S",
                    // an idle job executor looks for due jobs every second (default 5 s): with 5 s the node that
                    // wakes first can run all 200 short timer jobs before the other looks
                    "--camunda.bpm.job-execution.wait-time-in-millis=1000",
                    "--camunda.bpm.job-execution.max-wait=1000"));
            // started in its data folder: the working folder is never the project's, whose processes/ would deploy twice
            Process process = new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new Node(name, port, process, log);
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    @BeforeAll
    static void twoNodes() throws Exception {
        folder = Files.createTempDirectory("shamy-cluster");
        postgres = EmbeddedPostgres.builder().start();
        Instant started = Instant.now();
        // A first: it creates the schema (Flyway, the engine's tables) and the demo accounts; then B joins
        a = Node.start("node-a", true);
        awaitUp(a);
        Duration aUp = Duration.between(started, Instant.now());
        b = Node.start("node-b", false);
        awaitUp(b);
        figures.append("- node A up in ").append(aUp.toSeconds()).append(" s (schema and demo data), node B in ")
                .append(Duration.between(started, Instant.now()).minus(aUp).toSeconds()).append(" s\n");
    }

    @AfterAll
    static void stop() throws Exception {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.process().destroy();
                if (!node.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    node.process().destroyForcibly();
                }
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "cluster-figures.md"), figures.toString());
        // the nodes' own output, to read when a run goes wrong
        for (Node node : new Node[] {a, b}) {
            if (node != null && Files.exists(node.log())) {
                Files.copy(node.log(), Path.of("target", "cluster-" + node.name() + ".log"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    @Order(1)
    void aSessionMadeOnOneNodeIsValidOnTheOther() throws Exception {
        // one browser: cookies belong to the host, whichever port (node) answers
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(a.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).as("the login form's CSRF token").isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(a.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=teacher1&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(b.uri("/tasks")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).as("node B serves the session node A made").isEqualTo(200);
        assertThat(onB.body()).contains("<title>My tasks</title>").doesNotContain("name=\"password\"");
        JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
        assertThat(db.queryForList("select principal_name from shamy.spring_session", String.class))
                .as("the session is in the database").contains("teacher1");

        // a stranger's cookie is no session on either node
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(b.uri("/tasks"))
                .header("Cookie", "SESSION=" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString()
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        // signing out on B ends the session on A too
        String csrf = csrfOf(browser, b.uri("/tasks"));
        browser.send(HttpRequest.newBuilder(b.uri("/logout")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(browser.send(HttpRequest.newBuilder(a.uri("/tasks")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(302);
        figures.append("- session: signed in on A, served on B (200); signed out on B, A sends to sign-in\n");
    }

    @Test
    @Order(2)
    void aReportWrittenOnOneNodeIsFoundOnTheOtherWithinFiveSeconds() throws Exception {
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            Node writer = round % 2 == 0 ? a : b;
            Node reader = writer == a ? b : a;
            String word = "quokka" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            assertThat(importArchive(writer, record("Converging " + word, 0)).statusCode()).isEqualTo(200);
            Instant committed = Instant.now();
            await("found on " + reader.name()).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                    .until(() -> total(reader, word) == 1);
            millis.add(Duration.between(committed, Instant.now()).toMillis());
        }
        figures.append("- a report written on one node found by search on the other after (ms): ").append(millis)
                .append('\n');
    }

    @Test
    @Order(3)
    void timersDueAtOnceFireOnceEachOnBothNodes() throws Exception {
        Instant due = Instant.now().plusSeconds(45).truncatedTo(ChronoUnit.SECONDS);
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://shamy.kz/cluster">
                  <bpmn:process id="cluster-timers" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start"/>
                    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Wait"/>
                    <bpmn:intermediateCatchEvent id="Wait">
                      <bpmn:timerEventDefinition><bpmn:timeDate>%s</bpmn:timeDate></bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                    <bpmn:sequenceFlow id="f2" sourceRef="Wait" targetRef="End"/>
                    <bpmn:endEvent id="End"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(due);
        String boundary = "shamy-cluster";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "cluster-timers\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; "
                + "filename=\"cluster-timers.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn
                + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> deployed = http.send(basic(a, "admin", "/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
        for (int i = 0; i < TIMERS; i++) {
            HttpResponse<String> started = http.send(basic(i % 2 == 0 ? a : b, "admin",
                    "/engine-rest/process-definition/key/cluster-timers/start")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        }
        assertThat(Instant.now()).as("all %d instances started before their timers are due", TIMERS).isBefore(due);
        JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
        await("every timer fired").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> db.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = "
                        + "'cluster-timers' and end_time_ is not null", Integer.class) == TIMERS);
        Instant allEnded = Instant.now();
        // the job log: each timer job succeeded exactly once, and never failed or ran twice
        List<Map<String, Object>> runs = db.queryForList("select job_id_, hostname_, job_state_ from act_hi_job_log "
                + "where process_def_key_ = 'cluster-timers' and job_state_ <> 0");
        Map<Object, Long> successesPerJob = runs.stream().filter(r -> ((Number) r.get("job_state_")).intValue() == 2)
                .collect(Collectors.groupingBy(r -> r.get("job_id_"), Collectors.counting()));
        assertThat(successesPerJob).hasSize(TIMERS);
        assertThat(successesPerJob.values()).allMatch(count -> count == 1);
        assertThat(runs).as("no failed or repeated run").hasSize(TIMERS);
        Map<Object, Long> byNode = runs.stream().collect(Collectors.groupingBy(r -> r.get("hostname_"),
                Collectors.counting()));
        assertThat(byNode.keySet()).as("both nodes' job executors took timers").contains("node-a", "node-b");
        assertThat(db.queryForObject("select count(*) from act_ru_job where process_def_key_ = 'cluster-timers'",
                Integer.class)).as("no timer left").isZero();
        figures.append("- ").append(TIMERS).append(" timers due at ").append(due).append(": each ran once (")
                .append(runs.size()).append(" successful runs of ").append(successesPerJob.size())
                .append(" jobs, none failed); by node ").append(byNode).append("; all instances ended ")
                .append(Duration.between(due, allEnded).toMillis()).append(" ms after the due time\n");
    }

    @Test
    @Order(4)
    void aReindexAskedOnOneNodeRebuildsTheIndexOfEach() throws Exception {
        String word = "dingo" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(importArchive(a, record("Before the rebuild " + word, 0)).statusCode()).isEqualTo(200);
        long rebuiltOnB = Files.readString(b.log()).lines().filter(l -> l.contains("Index rebuilt")).count();

        HttpResponse<String> asked = http.send(basic(a, "admin", "/api/search/reindex")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        String job = URI.create(asked.headers().firstValue("Location").orElseThrow()).getPath();
        await("A's rebuild done").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(http.send(basic(a, "admin", job).build(),
                        HttpResponse.BodyHandlers.ofString()).body()).path("status").asText().equals("DONE"));
        // B read the request in the outbox and rebuilt its own index
        await("B's rebuild done").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.readString(b.log()).lines().filter(l -> l.contains("Index rebuilt")).count()
                        > rebuiltOnB);
        assertThat(Files.readString(b.log())).contains("asks for the index to be rebuilt; this node rebuilds its own");
        assertThat(total(a, word)).isEqualTo(1);
        assertThat(total(b, word)).isEqualTo(1);
        figures.append("- a reindex asked on A (POST /api/search/reindex) rebuilt A's index and, through the outbox, B's\n");
    }

    @Test
    @Order(5)
    void nodeAKilledInTheMiddleOfAnImportLosesNoCommittedRecordAndBCarriesOn() throws Exception {
        String tag = "wombat" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String lines = IntStream.range(0, IMPORTED).mapToObj(i -> record("Killed import " + tag, i))
                .collect(Collectors.joining("\n"));
        HttpResponse<String> accepted = importArchive(a, lines);
        assertThat(accepted.statusCode()).as("a large import runs in the background").isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        // followed from B: the job's progress is in the database
        await("the import under way").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> progress(b, location).path("processed").asInt() >= 1000);
        a.process().destroyForcibly(); // SIGKILL
        assertThat(a.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        JsonNode whenKilled = progress(b, location);
        assertThat(whenKilled.path("status").asText()).as("killed mid-import").isEqualTo("RUNNING");
        assertThat(whenKilled.path("processed").asInt()).isLessThan(IMPORTED);

        // B sees A's heartbeat go stale and takes the job as interrupted, with what A's batches committed
        await("B marks the import interrupted").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> progress(b, location).path("status").asText().equals("INTERRUPTED"));
        JsonNode job = progress(b, location);
        JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
        Integer stored = db.queryForObject("select count(*) from shamy.project_report where title like ?",
                Integer.class, "%" + tag + "%");
        assertThat(job.path("imported").asInt()).as("the job's count is what was committed").isEqualTo(stored);
        assertThat(stored).isGreaterThanOrEqualTo(1000).isLessThan(IMPORTED);
        // every committed record is found on B
        await("every committed record searchable on B").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> total(b, tag) == stored);

        // B carries on: it imports and finds what it imported
        String after = "numbat" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(importArchive(b, record("After the kill " + after, 0)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> total(b, after) == 1);
        figures.append("- node A killed (SIGKILL) at ").append(whenKilled.path("processed").asInt()).append(" of ")
                .append(IMPORTED).append(" records processed: the job reads INTERRUPTED on B with ")
                .append(job.path("imported").asInt()).append(" imported, the database holds ").append(stored)
                .append(", B's search finds ").append(stored).append("; B then imported and found a new report\n");
    }

    private String record(String title, int i) {
        return json.createObjectNode().put("title", title + " " + i).put("author", "Aigerim Bekova")
                .put("school", "Sairam school No. 5").put("region", "Turkistan").put("subject", "Reading")
                .put("year", "2019-2020").put("language", "en")
                .put("summary", "Pupils in grade 3 read together every morning, record " + i + ".")
                .put("body", "The whole report of " + title + ", number " + i + ".").toString();
    }

    /** Archive records (JSON Lines) imported on {@code node} as the administrator; a refusal fails the test. */
    private HttpResponse<String> importArchive(Node node, String lines) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(basic(node, "admin", "/api/reports/import")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(lines)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 202);
        return answer;
    }

    private long total(Node node, String word) throws IOException, InterruptedException {
        HttpResponse<String> found = http.send(basic(node, "staff1", "/api/search?q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return json.readTree(found.body()).path("total").asLong();
    }

    private JsonNode progress(Node node, String location) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(basic(node, "admin", URI.create(location).getPath()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static String csrfOf(HttpClient browser, URI page) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(browser.send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(token.find()).as(page + " carries a CSRF token").isTrue();
        return token.group(1);
    }

    private static HttpRequest.Builder basic(Node node, String username, String path) {
        return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private static void awaitUp(Node node) {
        HttpClient client = HttpClient.newHttpClient();
        await(node.name() + " up").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (!node.process().isAlive()) {
                        throw new IllegalStateException(node.name() + " stopped:\n" + tail(node.log()));
                    }
                    try {
                        return client.send(HttpRequest.newBuilder(node.uri("/login")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** The test JVM's class path without empty entries (Java reads one as the working folder). */
    private static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
