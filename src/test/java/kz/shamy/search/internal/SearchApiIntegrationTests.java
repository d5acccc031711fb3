package kz.shamy.search.internal;

import kz.shamy.search.SearchDocument;
import static kz.shamy.search.internal.FakeSearchSource.draft;
import static kz.shamy.search.internal.FakeSearchSource.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The search API and pages over HTTP, with the real security, on a fake outbox. */
// a context of its own: the outbox is a fake (FakeSearchSourceConfiguration) and the search pool is shrunk
// to one thread and one queue place, so that busy and failing answers can be provoked
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:searchapi;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=false",
        "camunda.bpm.job-execution.enabled=false",
        "shamy.search.max-attempts=2",
        "shamy.search.threads=1",
        "shamy.search.queue=1",
        "shamy.search.timeout=PT5S"})
@AutoConfigureMockMvc
@Import(FakeSearchSourceConfiguration.class)
class SearchApiIntegrationTests {

    private static final RequestPostProcessor TEACHER = user("teacher1").roles("TEACHER");
    private static final RequestPostProcessor AUTHOR = user("teacher5").roles("TEACHER");
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired MockMvc mvc;
    @Autowired FakeSearchSource source;
    @Autowired ReportIndexer indexer;
    @Autowired ReportIndex index;
    @Autowired ObjectMapper json;
    @Autowired IndexStore store;
    @Autowired SearchPool pool;

    @BeforeEach
    void corpus() {
        source.put(published(1, "en", "Teachers lead lesson study", "Lesson study helped our teachers plan."))
                .put(published(2, "en", "Laboratory <b>work</b>", "Pupils did laboratory work <script>x()</script>."))
                .put(draft(3, "en", "Draft laboratory plan", "A laboratory plan nobody else reads.", "teacher5"));
        indexer.catchUp();
    }

    @Test
    void aSearchTheFullPoolCannotTakeIsA503InTheCallersLanguageAsProblemOrPage() throws Exception {
        assertThat(pool.threads()).isEqualTo(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> pool.run(() -> {
            holding.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }));
        CompletableFuture<Boolean> waiting = null;
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            waiting = CompletableFuture.supplyAsync(() -> pool.run(() -> true));
            await().atMost(Duration.ofSeconds(10)).until(() -> pool.waiting() == 1);
            mvc.perform(get("/api/search").param("q", "laboratory").header("Accept-Language", "ru").with(TEACHER))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(jsonPath("$.type").value("urn:shamy:problem:busy"))
                    .andExpect(jsonPath("$.detail").value(containsString("поиск перегружен")));
            mvc.perform(get("/search").param("q", "laboratory").header("Accept-Language", "kk").with(TEACHER))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andExpect(content().string(containsString("іздеу жүйесі бос емес")));
        } finally {
            release.countDown();
            assertThat(running.get(10, TimeUnit.SECONDS)).isTrue();
            if (waiting != null) {
                assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
            }
        }
        mvc.perform(get("/api/search").param("q", "laboratory").with(TEACHER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void anonymousCallerIsRefused() throws Exception {
        mvc.perform(get("/api/search").param("q", "laboratory")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reports/1/similar")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/search/reindex")).andExpect(status().isUnauthorized());
    }

    @Test
    void searchAnswersTheAgreedShape() throws Exception {
        String body = mvc.perform(get("/api/search").param("q", "laboratory").with(TEACHER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(2))
                .andExpect(jsonPath("$.hits[0].highlights[0]").value(containsString("<mark>Laboratory</mark> &lt;b&gt;")))
                .andExpect(jsonPath("$.facets.region['Almaty Region']").value(1))
                .andExpect(jsonPath("$.suggestion").isEmpty())
                .andReturn().getResponse().getContentAsString();

        JsonNode root = json.readTree(body);
        assertThat(names(root)).containsExactly("total", "hits", "facets", "suggestion");
        assertThat(root.has("suggestion")).isTrue();
        assertThat(names(root.get("hits").get(0))).containsExactlyInAnyOrder("id", "title", "author", "school",
                "region", "subject", "year", "language", "score", "highlights", "partial");
        assertThat(root.get("hits").get(0).get("partial").asBoolean()).isFalse();
        assertThat(names(root.get("facets"))).containsExactly("region", "school", "subject", "year", "language");
    }

    @Test
    void draftCountsOnlyForItsReader() throws Exception {
        mvc.perform(get("/api/search").param("q", "laboratory").with(TEACHER))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.facets.year['2025-2026']").value(1));
        mvc.perform(get("/api/search").param("q", "laboratory").with(AUTHOR))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.facets.year['2025-2026']").value(2));
    }

    @Test
    void invalidParametersAreA400() throws Exception {
        for (String[] param : List.of(new String[] {"size", "100000"}, new String[] {"page", "-1"},
                new String[] {"size", "0"}, new String[] {"sort", "random"}, new String[] {"language", "de"},
                new String[] {"page", "abc"})) {
            mvc.perform(get("/api/search").param(param[0], param[1]).with(TEACHER))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType("application/problem+json"))
                    .andExpect(jsonPath("$.type").value("urn:shamy:problem:invalid-request"))
                    .andExpect(jsonPath("$.field").value(param[0]));
        }
        mvc.perform(get("/api/search").param("region", "x".repeat(201)).with(TEACHER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("200")));
    }

    @Test
    void theSearchPageOffersTheOtherValuesOfAChosenFacetAsLinksThatSwitchTheFilter() throws Exception {
        source.put(FakeSearchSource.with(published(7, "en", "Laboratory in the mountains", "Laboratory work."),
                "Abai Region", "School 7", "Physics", "2025-2026"));
        indexer.catchUp();
        try {
            String page = mvc.perform(get("/search").param("q", "laboratory").param("region", "Almaty Region")
                            .param("lang", "en").with(TEACHER))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            // the chosen region (a link that drops it) and the other one, switching to it and keeping the query
            assertThat(page).contains("href=\"/search?q=laboratory\" aria-current=\"true\" class=\"chosen\">Almaty Region</a>")
                    .contains("href=\"/search?q=laboratory&amp;region=Abai+Region\">Abai Region</a>")
                    // another facet's value adds its filter to the chosen region
                    .contains("href=\"/search?q=laboratory&amp;region=Almaty+Region&amp;subject=Biology\"")
                    .doesNotContain("subject=Physics");
            mvc.perform(get("/api/search").param("q", "laboratory").param("region", "Almaty Region").with(TEACHER))
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.facets.region['Abai Region']").value(1))
                    .andExpect(jsonPath("$.facets.region['Almaty Region']").value(1))
                    .andExpect(jsonPath("$.facets.subject['Physics']").doesNotExist());
        } finally {
            // the other tests count "laboratory" over reports 1 to 3 only
            source.remove(7);
            indexer.catchUp();
        }
    }

    @Test
    void withNoFullMatchThePageSaysSoAndListsReportsWithPartOfTheQueryUnderTheirOwnHeading() throws Exception {
        // lesson is in 1, pupils in 2: no report has both
        mvc.perform(get("/api/search").param("q", "lesson pupils").with(TEACHER))
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.hits[*].id").value(hasItems(1, 2)))
                .andExpect(jsonPath("$.hits[?(@.partial == false)]").isEmpty());
        String page = mvc.perform(get("/search").param("q", "lesson pupils").param("lang", "kk").with(TEACHER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"no-results\"")
                .contains("Сұрағаныңыздың бір бөлігі ғана бар есептер")
                .containsOnlyOnce("id=\"partial-matches\"");
        assertThat(page.indexOf("id=\"partial-matches\"")).isLessThan(page.indexOf("class=\"hit partial\""));
        assertThat(page.split("class=\"hit partial\"", -1).length).isGreaterThanOrEqualTo(3);
        // full matches alone: no heading
        assertThat(mvc.perform(get("/search").param("q", "laboratory").with(TEACHER)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("partial-matches").doesNotContain("id=\"no-results\"");
    }

    @Test
    void theSearchPageNamesLanguageValuesFromTheBundleAndOtherFacetsAsSpelled() throws Exception {
        String page = mvc.perform(get("/search").param("q", "laboratory").param("lang", "ru").with(TEACHER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<summary>Язык</summary>")
                .contains("href=\"/search?q=laboratory&amp;language=en\">Английский</a>")
                .contains("href=\"/search?q=laboratory&amp;subject=Biology\">Biology</a>")
                .doesNotContain(">en</a>");
    }

    @Test
    void thePageAnswersBadParametersWithAReadableMessageAndKeepsTheQuery() throws Exception {
        mvc.perform(get("/search").param("q", "laboratory").param("page", "abc").param("lang", "en").with(TEACHER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(allOf(containsString("The page number in the address is not valid"),
                        containsString("value=\"laboratory\""), not(containsString("class=\"hit\"")))));
        mvc.perform(get("/search").param("size", "0").param("lang", "ru").with(TEACHER))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Число результатов на странице в адресе неверно")));
        mvc.perform(get("/search").param("sort", "random").param("lang", "kk").with(TEACHER))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Мекенжайдағы сұрыптау дұрыс емес")));
        mvc.perform(get("/search").param("subject", "x".repeat(201)).param("lang", "en").with(TEACHER))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A filter in the address is too long")));
        // the same parameters, well formed, are bound the same way as the API's
        mvc.perform(get("/search").param("q", "laboratory").param("page", "0").param("size", "5")
                        .param("sort", "newest").param("language", "en").with(TEACHER))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/reports/2\"")));
    }

    @Test
    void malformedQueriesAreAnsweredNever500() throws Exception {
        for (String q : List.of("\"unbalanced", "title:x* AND (", "\u0000\u001b[31m", "-", "OR OR OR",
                "laboratory ".repeat(3000), "<script>alert(1)</script>", "%00", "\\\"\\")) {
            mvc.perform(get("/api/search").param("q", q).with(TEACHER)).andExpect(status().isOk());
        }
    }

    @Test
    void similarIsTrimmedAndHidesInvisibleReports() throws Exception {
        mvc.perform(get("/api/reports/1/similar").with(TEACHER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].id").value(not(hasItem(3))));
        mvc.perform(get("/api/reports/3/similar").with(TEACHER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/404/similar").with(TEACHER)).andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/3/similar").with(AUTHOR)).andExpect(status().isOk());
    }

    @Test
    void onlyAdministratorsReindex() throws Exception {
        mvc.perform(post("/api/search/reindex").with(TEACHER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/search/reindex/whatever").with(TEACHER)).andExpect(status().isForbidden());
        mvc.perform(get("/api/search/reindex/whatever").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void aReportThatCannotBeIndexedIsSetAsideListedForAdministratorsAndRetriedOnceFixed() throws Exception {
        SearchDocument fixed = published(9, "en", "Zeppelin lessons", "Zeppelin physics with models.");
        // a facet value Lucene refuses: every attempt at this report fails until the row is fixed
        SearchDocument poisoned = FakeSearchSource.with(fixed, "x".repeat(9000), "School 9", "Physics", "2025-2026");
        try {
            source.put(poisoned).put(published(10, "en", "Zeppelin after it", "A zeppelin report written later."));
            // the scheduled indexer tries twice (max-attempts=2), sets it aside and indexes the report after it
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/search")
                    .param("q", "zeppelin").with(TEACHER)).andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.hits[0].id").value(10)));
            mvc.perform(get("/api/search/outbox/failed").with(ADMIN)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].reportId").value(9))
                    .andExpect(jsonPath("$[0].kind").value("UPSERT"))
                    .andExpect(jsonPath("$[0].attempts").value(2))
                    .andExpect(jsonPath("$[0].lastError").value(containsString("maximum allowed path length")))
                    .andExpect(jsonPath("$[0].failedAt").isNotEmpty());
            long sequence = source.failedChanges().get(0).sequence();

            mvc.perform(get("/api/search/outbox/failed").with(TEACHER)).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:shamy:problem:forbidden"));
            mvc.perform(get("/api/search/outbox/failed").with(user("facilitator1").roles("FACILITATOR")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/search/outbox/failed")).andExpect(status().isUnauthorized());
            mvc.perform(post("/api/search/outbox/failed/{s}/retry", sequence).with(TEACHER))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/search/outbox/failed/{s}/retry", 999_999).with(ADMIN))
                    .andExpect(status().isNotFound());
            assertThat(source.failedChanges()).hasSize(1);

            source.correct(fixed);
            mvc.perform(post("/api/search/outbox/failed/{s}/retry", sequence).with(ADMIN))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.sequence").value(sequence))
                    .andExpect(jsonPath("$.reportId").value(9))
                    .andExpect(jsonPath("$.retrySequence").value(org.hamcrest.Matchers.greaterThan((int) sequence)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/search")
                    .param("q", "zeppelin").with(TEACHER)).andExpect(jsonPath("$.total").value(2)));
            mvc.perform(get("/api/search/outbox/failed").with(ADMIN)).andExpect(jsonPath("$.length()").value(0));
            mvc.perform(post("/api/search/outbox/failed/{s}/retry", sequence).with(ADMIN))
                    .andExpect(status().isNotFound());
        } finally {
            // later tests rebuild from this source: it must hold no document Lucene refuses
            source.correct(fixed);
        }
    }

    @Test
    void reindexRebuildsInTheBackgroundWithProgressAndSwapsWhileSearchesGoOn() throws Exception {
        Path indexDir = ((FsIndexStore) store).root();
        String before = index.current().name();
        CountDownLatch paused = source.pauseForEach();

        String accepted = mvc.perform(post("/api/search/reindex").with(ADMIN))
                .andExpect(status().isAccepted()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andReturn().getResponse().getContentAsString();
        String jobId = json.readTree(accepted).get("jobId").asText();
        assertThat(paused.await(10, TimeUnit.SECONDS)).isTrue();

        mvc.perform(get("/api/search/reindex/" + jobId).with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RUNNING")).andExpect(jsonPath("$.processed").value(1))
                .andExpect(jsonPath("$.total").value(source.count()));
        // searches keep answering from the current index; a report arrives during the rebuild
        mvc.perform(get("/api/search").param("q", "laboratory").with(TEACHER)).andExpect(jsonPath("$.total").value(1));
        source.put(published(4, "en", "Zoology field trip", "A new report during the rebuild."));
        source.resumeForEach();

        await().atMost(Duration.ofSeconds(30)).until(() -> json.readTree(mvc.perform(
                get("/api/search/reindex/" + jobId).with(ADMIN)).andReturn().getResponse().getContentAsString())
                .get("status").asText().equals("DONE"));

        mvc.perform(get("/api/search").param("q", "zoology").with(TEACHER)).andExpect(jsonPath("$.total").value(1));
        String after = index.current().name();
        assertThat(after).isNotEqualTo(before);
        assertThat(Files.readString(indexDir.resolve("CURRENT")).trim()).isEqualTo(after);
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(indexDir.resolve(before)));
    }

    @Test
    void searchPageShowsEscapedHighlightsFacetsAndLinks() throws Exception {
        mvc.perform(get("/search").param("q", "laboratory").param("lang", "en").with(TEACHER))
                .andExpect(status().isOk())
                .andExpect(content().string(
                        allOf(containsString("<mark>Laboratory</mark> &lt;b&gt;work&lt;/b&gt;"),
                                containsString("&lt;script&gt;"), not(containsString("<script>x()")),
                                containsString("Almaty Region"), containsString("/search?q=laboratory&amp;region=Almaty+Region"),
                                containsString("href=\"/reports/2\""), not(containsString("Draft laboratory plan")))));
        mvc.perform(get("/search").param("q", "лаборатория").param("lang", "kk").with(TEACHER))
                .andExpect(status().isOk()).andExpect(
                        content().string(
                                containsString("Жоба есептерін іздеу")));
        mvc.perform(get("/search").param("lang", "ru").with(TEACHER)).andExpect(
                content().string(
                        containsString("Поиск отчётов о проектах")));
        mvc.perform(get("/search")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aSearchWithNoHitsSaysWhyAndOffersToDropTheFilters() throws Exception {
        String plain = mvc.perform(get("/search").param("q", "zoologyxyz").param("lang", "en").with(TEACHER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(plain).contains("id=\"no-results\"", "No reports found.", "No report you may read has all of these words")
                .doesNotContain("Search again without filters");

        String filtered = mvc.perform(get("/search").param("q", "laboratory").param("region", "Nowhere")
                .param("lang", "ru").with(TEACHER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(filtered).contains("В пределах выбранных фильтров", "href=\"/search?q=laboratory\">Искать снова без фильтров");

        String kk = mvc.perform(get("/search").param("q", "zoologyxyz").param("lang", "kk").with(TEACHER))
                .andReturn().getResponse().getContentAsString();
        assertThat(kk).contains("Сіз оқи алатын бірде-бір есепте осы сөздердің бәрі жоқ");
        // a search that found something says nothing of the kind
        assertThat(mvc.perform(get("/search").param("q", "laboratory").param("lang", "en").with(TEACHER)).andReturn()
                .getResponse().getContentAsString()).doesNotContain("no-results");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
