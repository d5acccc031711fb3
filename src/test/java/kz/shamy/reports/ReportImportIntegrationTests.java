package kz.shamy.reports;

import kz.shamy.reports.internal.ProjectReportEntry;
import kz.shamy.reports.internal.ProjectReportRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The archive import through the API: JSON arrays and JSON Lines, errors by line, and a large import's progress. */
@EmptyShamyIntegrationTest
class ReportImportIntegrationTests {

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");

    @Autowired MockMvc mvc;
    @Autowired Reports reports;
    @Autowired SearchSource source;
    @Autowired ProjectReportRepository reportRows;
    final ObjectMapper json = new ObjectMapper();
    final String batch = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aJsonArrayImportsTheGoodRecordsAsPublishedArchiveReportsAndNamesTheBadOnesByPosition() throws Exception {
        long before = source.latestSequence();
        Map<String, Object> noYear = record("No year");
        noYear.remove("year");
        Map<String, Object> kazakh = record("Мектептегі зертхана");
        kazakh.remove("language");
        kazakh.put("summary", "Оқушылар зертханада бірге жұмыс істейді");
        kazakh.put("keywords", "зертхана, мектеп");
        String body = json.writeValueAsString(List.of(record("First"), noYear, kazakh, "not an object"));

        mvc.perform(post("/api/reports/import").contentType(MediaType.APPLICATION_JSON).content(body).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("year is required"))
                .andExpect(jsonPath("$.errors[1].line").value(4));

        List<IndexChange> changes = source.changesAfter(before, 100);
        assertThat(changes).hasSize(2).allMatch(c -> c.kind() == IndexChange.Kind.UPSERT);
        SearchDocument first = source.document(changes.get(0).reportId()).orElseThrow();
        assertThat(first.title()).isEqualTo("First " + batch);
        assertThat(first.author()).isEqualTo("Aigerim Bekova");
        assertThat(first.school()).isEqualTo("Sairam school No. 5");
        assertThat(first.region()).isEqualTo("Turkistan");
        assertThat(first.year()).isEqualTo("2019-2020");
        assertThat(first.published()).isTrue();
        assertThat(first.readers()).isEmpty();
        assertThat(first.keywords()).containsExactly("reading", "grade 3");
        SearchDocument second = source.document(changes.get(1).reportId()).orElseThrow();
        assertThat(second.language()).as("guessed from Kazakh letters").isEqualTo("kk");
        assertThat(second.keywords()).containsExactly("зертхана", "мектеп");
        ProjectReportEntry row = reportRows.findById(changes.get(0).reportId()).orElseThrow();
        assertThat(row.getOrigin()).isEqualTo(ReportOrigin.ARCHIVE);
        assertThat(row.getStatus()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(row.getProjectId()).isNull();
        assertThat(reports.publishedVersion(row.getId()).orElseThrow().decidedBy()).isEqualTo("admin");
    }

    @Test
    void jsonLinesNameTheLineOfEachBadRecordAndAMalformedLineSpoilsOnlyItself() throws Exception {
        String body = String.join("\n",
                json.writeValueAsString(record("One")),
                "{\"title\": \"broken\", ",
                "",
                json.writeValueAsString(withLanguage(record("Two"), "fr")),
                json.writeValueAsString(record("Three")));
        mvc.perform(post("/api/reports/import").contentType(JSON_LINES).content(body).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("malformed JSON")))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].field").value("language"));
    }

    @Test
    void onlyAdministratorsImportAndAnEmptyImportIsRefused() throws Exception {
        String body = json.writeValueAsString(List.of(record("Refused")));
        mvc.perform(post("/api/reports/import").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(user("teacher").roles("TEACHER"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:shamy:problem:forbidden"));
        mvc.perform(post("/api/reports/import").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(user("facilitator").roles("FACILITATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/reports/import").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/reports/import").contentType(MediaType.APPLICATION_JSON).content("").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("empty")));
        mvc.perform(post("/api/reports/import").contentType(JSON_LINES).content("\n\n").with(admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/reports/import").contentType(MediaType.APPLICATION_JSON).content("[{\"title\":")
                .with(admin())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:shamy:problem:invalid-request"));
        mvc.perform(get("/api/reports/import/{id}", "no-such-job").with(admin())).andExpect(status().isNotFound());
        assertThat(reportRows.findAll()).extracting(ProjectReportEntry::getTitle).doesNotContain("Refused " + batch);
    }

    @Test
    void aLargeImportRunsInTheBackgroundInBatchesAndReportsItsProgress() throws Exception {
        long before = source.latestSequence();
        long reportsBefore = source.count();
        var lines = new ArrayList<String>();
        for (int i = 1; i <= 2500; i++) {
            Map<String, Object> record = record("Report " + i);
            if (i % 100 == 0) {
                record.put("year", "2019-2021");
            }
            lines.add(json.writeValueAsString(record));
        }
        String location = mvc.perform(post("/api/reports/import").contentType(JSON_LINES)
                        .content(String.join("\n", lines)).with(admin()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.startsWith("/api/reports/import/")))
                .andExpect(jsonPath("$.total").value(2500))
                .andReturn().getResponse().getHeader("Location");

        var seen = new ArrayList<Integer>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50)).until(() -> {
            JsonNode progress = progress(location);
            seen.add(progress.path("processed").asInt());
            return !progress.path("status").asText().equals("RUNNING");
        });
        JsonNode done = progress(location);
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("total").asInt()).isEqualTo(2500);
        assertThat(done.path("processed").asInt()).isEqualTo(2500);
        assertThat(done.path("imported").asInt()).isEqualTo(2475);
        assertThat(done.path("rejected").asInt()).isEqualTo(25);
        assertThat(done.path("errors")).hasSize(25);
        assertThat(done.path("errors").get(0).path("line").asInt()).isEqualTo(100);
        // progress only grows, and moves in whole batches
        assertThat(seen).isSorted();
        assertThat(seen).allMatch(n -> n % ReportImports.BATCH == 0 || n == 2500);

        assertThat(source.count()).isEqualTo(reportsBefore + 2475);
        List<IndexChange> changes = source.changesAfter(before, 3000);
        assertThat(changes).hasSize(2475);
        assertThat(changes).extracting(IndexChange::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(changes).extracting(IndexChange::reportId).isSorted();
        mvc.perform(get(location).with(user("teacher").roles("TEACHER"))).andExpect(status().isForbidden());
    }

    private JsonNode progress(String location) throws Exception {
        return json.readTree(mvc.perform(get(location).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private Map<String, Object> record(String title) {
        return ArchiveRecords.record(title, batch);
    }

    private static Map<String, Object> withLanguage(Map<String, Object> record, String language) {
        record.put("language", language);
        return record;
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }
}
