package kz.shamy.reports;

import kz.shamy.reports.internal.ProjectReportRepository;
import kz.shamy.reports.internal.ReportLanguageGuess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.shamy.ShamyApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A large import's job outlives the process that ran it: the whole application restarted over one database. */
class ReportImportRestartIntegrationTests {

    private static final String DATABASE = "jdbc:h2:mem:importrestart;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    private final ObjectMapper json = new ObjectMapper();
    private final String batch = UUID.randomUUID().toString().substring(0, 8);

    /** Guesses English, except that it hangs on a text saying BLOCK until its thread is interrupted. */
    static final class BlockingGuess implements ReportLanguageGuess {

        final CountDownLatch blocked = new CountDownLatch(1);

        @Override
        public String guess(String text) {
            if (!text.contains("BLOCK")) {
                return "en";
            }
            blocked.countDown();
            try {
                if (!new CountDownLatch(1).await(2, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the import thread was never interrupted");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while guessing the language", e);
            }
            return "en";
        }
    }

    @Test
    void anImportCutShortByARestartAnswersInterruptedWithTheCountsItCommittedNotUnknown() throws Exception {
        BlockingGuess guess = new BlockingGuess();
        var lines = new ArrayList<String>();
        for (int i = 1; i <= 1500; i++) {
            Map<String, Object> record = record("Report " + i);
            if (i == 700) {
                // the second batch hangs while it is checked, before its transaction opens
                record.remove("language");
                record.put("summary", "BLOCK");
            }
            lines.add(json.writeValueAsString(record));
        }

        String location;
        try (ConfigurableApplicationContext first = start(guess)) {
            MockMvc mvc = mvc(first);
            location = mvc.perform(post("/api/reports/import").contentType("application/x-ndjson")
                            .content(String.join("\n", lines)).with(admin()))
                    .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
            assertThat(guess.blocked.await(2, TimeUnit.MINUTES)).isTrue();
            await().atMost(Duration.ofMinutes(1)).until(() -> progress(mvc, location).path("processed").asInt() == 500);
            assertThat(progress(mvc, location).path("status").asText()).isEqualTo("RUNNING");
        }

        try (ConfigurableApplicationContext second = start(null)) {
            MockMvc mvc = mvc(second);
            JsonNode job = progress(mvc, location);
            assertThat(job.path("status").asText()).isEqualTo("INTERRUPTED");
            assertThat(job.path("total").asInt()).isEqualTo(1500);
            assertThat(job.path("processed").asInt()).isEqualTo(500);
            assertThat(job.path("imported").asInt()).isEqualTo(500);
            assertThat(job.path("rejected").asInt()).isZero();
            assertThat(job.path("failure").asText()).contains("first 500 of 1500", "other 1000 were not imported");
            assertThat(job.path("finishedAt").isNull()).isFalse();
            // the counts are exactly what was committed
            assertThat(second.getBean(ProjectReportRepository.class).findAll())
                    .filteredOn(r -> r.getTitle().endsWith(batch)).hasSize(500);
            mvc.perform(get(location).with(user("teacher").roles("TEACHER"))).andExpect(status().isForbidden());
            mvc.perform(get("/api/reports/import/{id}", "no-such-job").with(admin())).andExpect(status().isNotFound());

            // the restarted process imports as before: a small import answers at once with what it saved
            String small = json.writeValueAsString(List.of(record("After the restart")));
            mvc.perform(post("/api/reports/import").contentType(MediaType.APPLICATION_JSON).content(small)
                    .with(admin())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.imported").value(1)).andExpect(jsonPath("$.rejected").value(0));
        }
    }

    private static ConfigurableApplicationContext start(BlockingGuess guess) {
        return new SpringApplicationBuilder(ShamyApplication.class)
                .initializers(context -> {
                    if (guess != null) {
                        ((GenericApplicationContext) context).registerBean("blockingGuess", ReportLanguageGuess.class,
                                () -> guess, definition -> definition.setPrimary(true));
                    }
                })
                .run("--spring.datasource.url=" + DATABASE,
                        "--shamy.demo-data=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--server.port=0");
    }

    private static MockMvc mvc(ConfigurableApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
    }

    private JsonNode progress(MockMvc mvc, String location) throws Exception {
        return json.readTree(mvc.perform(get(location).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private Map<String, Object> record(String title) {
        return ArchiveRecords.record(title, batch);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }
}
