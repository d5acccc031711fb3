package kz.shamy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.shamy.identity.People;
import kz.shamy.reports.ReportDraft;
import kz.shamy.reports.Reports;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Shamy started in the test's JVM as the application starts (SpringApplication, a random port), for the backup
 * tests: it writes reports and finds them through the search API, as the demo users (password {@code demo}).
 */
final class RunningShamy implements AutoCloseable {

    private static final int IMPORTED = 12;
    private static final int DEMO_ARCHIVE = 73;

    private final ConfigurableApplicationContext context;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningShamy(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningShamy start(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--server.port=0");
        // nothing runs by itself in the background, so the database holds still while it is counted and backed up
        all.add("--camunda.bpm.job-execution.enabled=false");
        return new RunningShamy(new SpringApplicationBuilder(ShamyApplication.class).run(all.toArray(String[]::new)));
    }

    /** Every report the database holds as searchable, by id (SearchSource: what a complete index holds). */
    Map<Long, SearchDocument> searchableReports() {
        Map<Long, SearchDocument> reports = new TreeMap<>();
        context.getBean(SearchSource.class).forEach(document -> reports.put(document.reportId(), document));
        return reports;
    }

    /**
     * Archive reports imported over the API and a draft only its author and facilitator may find, beside the demo
     * archive; returns every searchable report once each is found by search.
     */
    Map<Long, SearchDocument> writeReportsAndWaitUntilSearchable() throws IOException, InterruptedException {
        String lines = IntStream.range(0, IMPORTED).mapToObj(i -> json.createObjectNode()
                .put("title", "Backup drill report " + i + " zephyrine").put("author", "Aigerim Bekova")
                .put("school", "Sairam school No. 5").put("region", "Turkistan").put("subject", "Reading")
                .put("year", "2021-2022").put("language", "en")
                .put("summary", "Pupils read aloud together, record " + i + ".")
                .put("body", "What the reading circle did in week " + i + ". ".repeat(20))
                .toString()).collect(Collectors.joining("\n"));
        HttpResponse<String> imported = http.send(request("admin", "/api/reports/import")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(lines, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).path("imported").asInt()).isEqualTo(IMPORTED);
        Long school = context.getBean(People.class).find("teacher1").orElseThrow().schoolId();
        context.getBean(Reports.class).submitDraft(new ReportDraft(987_654L, "teacher1", school,
                "Backup drill draft quillwort", "en", "Reading", "2025-2026", "Pupils read together. ".repeat(200),
                "Only the author and the facilitator may read this draft.", "reading", "facilitator1"));

        Map<Long, SearchDocument> reports = searchableReports();
        assertThat(reports.values()).filteredOn(report -> !report.published()).isNotEmpty();
        assertThat(reports).hasSizeGreaterThan(DEMO_ARCHIVE + IMPORTED);
        // the same check as after a restore, here to show that it finds what it looks for
        await("every report searchable").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> foundBySearch(reports.values()).equals(reports.keySet()));
        return reports;
    }

    /** The reports found when each is looked for by its title, as someone who may read it. */
    Set<Long> foundBySearch(Collection<SearchDocument> reports) throws IOException, InterruptedException {
        Set<Long> found = new TreeSet<>();
        for (SearchDocument report : reports) {
            String reader = report.published() ? "staff1" : report.readers().get(0);
            String phrase = "\"" + report.title().replace('"', ' ') + "\"";
            HttpResponse<String> answer = http.send(request(reader, "/api/search?size=100&q="
                    + URLEncoder.encode(phrase, StandardCharsets.UTF_8)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            for (JsonNode hit : json.readTree(answer.body()).path("hits")) {
                // a full match: a report that only shares some of the title's words is not found by it
                if (hit.path("id").asLong() == report.reportId() && !hit.path("partial").asBoolean()) {
                    found.add(report.reportId());
                }
            }
        }
        return found;
    }

    private HttpRequest.Builder request(String username, String path) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        context.close();
    }
}
