package kz.shamy.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default (H2 file database, index on disk) killed with SIGKILL in the middle of an archive
 * import and again in the middle of a reindex: each time the next start catches the index up, and at the end
 * the index holds exactly the reports the database holds. Shamy runs in a JVM of its own so that it can be
 * killed for real; the counts are read afterwards from the files, not from Shamy.
 */
class KilledProcessIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(KilledProcessIntegrationTests.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final int IMPORTED = 3_000;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path data;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftOvers() {
        started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
    }

    @Test
    void killedDuringAnImportAndDuringAReindexTheIndexEndsEqualToTheDatabase() throws Exception {
        Shamy first = startShamy(data, "first");
        String job = first.importArchive(IMPORTED);
        // some batches committed, others not yet: the worst moment to lose the process
        JsonNode progress = first.awaitJson("/api/reports/import/" + job,
                p -> p.path("processed").asInt() >= 1_500 && p.path("processed").asInt() < IMPORTED);
        first.kill();
        log.info("Killed during the import at {} of {} records processed: {}", progress.path("processed").asInt(),
                IMPORTED, progress);
        assertThat(progress.path("rejected").asInt()).as("every record is valid").isZero();

        Shamy second = startShamy(data, "second");
        JsonNode interrupted = second.awaitJson("/api/reports/import/" + job, p -> true);
        assertThat(interrupted.path("status").asText()).isEqualTo("INTERRUPTED");
        log.info("After the restart the import says: {}", interrupted);
        String reindex = second.post("/api/search/reindex").path("jobId").asText();
        JsonNode rebuilding = second.awaitJson("/api/search/reindex/" + reindex,
                p -> p.path("processed").asLong() > 0);
        second.kill();
        log.info("Killed during the reindex at {} of {} reports", rebuilding.path("processed").asLong(),
                rebuilding.path("total").asLong());

        Shamy third = startShamy(data, "third");
        third.stop();

        long inDatabase = searchableReportsInDatabase();
        long inIndex = reportsInIndex();
        log.info("After two kills: {} reports in the database, {} in the index", inDatabase, inIndex);
        // H2 writes commits to its file up to 500 ms late, so a SIGKILL may lose the last batches it reported
        // (PostgreSQL does not); whatever survived, the job's stored counts went with its reports
        assertThat(inDatabase).as("the demo archive and the import's surviving batches")
                .isEqualTo(73 + interrupted.path("imported").asLong());
        assertThat(inIndex).isEqualTo(inDatabase);
    }

    private long searchableReportsInDatabase() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("shamy"), "sa", "");
                ResultSet count = db.createStatement().executeQuery("""
                        select count(*) from shamy.project_report r
                        where exists (select 1 from shamy.report_version v where v.report_id = r.id)""")) {
            count.next();
            return count.getLong(1);
        }
    }

    private long reportsInIndex() throws IOException {
        FsIndexStore store = new FsIndexStore(data.resolve("index"));
        String current = store.current().orElseThrow();
        try (Directory directory = store.open(current); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    /** One Shamy JVM on the test's data folder, on the test's own class path. */
    private final class Shamy {

        private final Process process;
        private final int port;

        private Shamy(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        String importArchive(int count) throws Exception {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < count; i++) {
                lines.append(json.writeValueAsString(Map.of("title", "Killed import report " + i,
                        "author", "Aigerim Bekova", "school", "Sairam school No. 5", "region", "Turkistan",
                        "subject", "Reading", "year", "2019-2020", "language", "en",
                        "summary", "Pupils in grade 3 read together every morning, report " + i + ".",
                        "body", "What we did in the reading circle, week by week. ".repeat(40),
                        "keywords", List.of("reading", "grade 3")))).append('\n');
            }
            HttpResponse<String> answer = send(request("/api/reports/import")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(lines.toString(), StandardCharsets.UTF_8)));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
            return json.readTree(answer.body()).path("jobId").asText();
        }

        JsonNode post(String path) throws Exception {
            HttpResponse<String> answer = send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
            return json.readTree(answer.body());
        }

        /** Polls a JSON resource until it answers 200 with a body the condition accepts. */
        JsonNode awaitJson(String path, Predicate<JsonNode> condition) {
            return await(path).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        HttpResponse<String> answer = send(request(path).GET());
                        return answer.statusCode() == 200 ? json.readTree(answer.body()) : null;
                    }, answer -> answer != null && condition.test(answer));
        }

        /** SIGKILL: no shutdown hook, no flush, no graceful anything. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        /** SIGTERM, and waits for the graceful shutdown to end. */
        void stop() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private Shamy startShamy(Path data, String name) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path logFile = data.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-cp", classPath(), "kz.shamy.ShamyApplication",
                "--server.port=" + port,
                "--shamy.data-dir=" + data,
                // the tests' config gives every context a fresh index folder; this process must keep its own
                "--shamy.search.index-dir=" + data.resolve("index"),
                "--shamy.demo-circles=false",
                // the actuator's own port: any free one, so two of these never meet on the default
                "--management.server.port=0",
                // /readyz says UP only once the application is ready, after the start-up check of the index
                "--management.health.readinessstate.enabled=true"));
        Process process = new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile()).start();
        started.add(process);
        Shamy shamy = new Shamy(process, port);
        // /readyz says 200 once the application is ready; a process that exits fails at once, with its log
        await("Shamy (" + name + ") ready").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .failFast("Shamy (" + name + ") exited", () -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("exit code " + process.exitValue() + ":\n" + tail(logFile));
                    }
                })
                .until(() -> healthy(port));
        return shamy;
    }

    private boolean healthy(int port) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/readyz"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /**
     * The test JVM's class path without empty entries: Java reads an empty entry as the working folder, where
     * the project's processes/ folder would be deployed a second time.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    private static String tail(Path logFile) throws IOException {
        List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
