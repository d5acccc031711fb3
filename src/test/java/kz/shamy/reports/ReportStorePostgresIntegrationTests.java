package kz.shamy.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.shamy.EmbeddedPostgresLifecycle;
import kz.shamy.identity.People;
import kz.shamy.programme.Schools;
import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The same tables on a real PostgreSQL: Hibernate validates the V7 schema (bytea attachments), a PDF goes in
 * and comes out byte for byte, an import lands, and the outbox hands out sequences in order.
 */
@ExtendWith(EmbeddedPostgresLifecycle.class)
@SpringBootTest(properties = {"shamy.demo-data=false", "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReportStorePostgresIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Reports reports;
    @Autowired SearchSource source;
    @Autowired Schools schools;
    @Autowired People people;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresLifecycle.register(registry);
    }

    @Test
    void attachmentsImportAndOutboxWorkOnPostgresql() throws Exception {
        var db = new JdbcTemplate(EmbeddedPostgresLifecycle.database());
        assertThat(db.queryForObject("select data_type from information_schema.columns where table_schema = 'shamy' "
                + "and table_name = 'report_attachment' and column_name = 'content'", String.class)).isEqualTo("bytea");

        var fixtures = new ReportFixtures(schools, people, reports);
        long before = source.latestSequence();
        Long reportId = fixtures.draft("Reading on PostgreSQL").reportId();
        byte[] pdf = AttachmentFixtures.pdf("Stored as bytea");
        String location = mvc.perform(multipart("/api/reports/{id}/attachments", reportId)
                        .file(new MockMultipartFile("file", "отчёт.pdf", "application/pdf", pdf))
                        .with(user(fixtures.teacher).roles("TEACHER")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(user(fixtures.facilitator).roles("FACILITATOR")))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        mvc.perform(multipart("/api/reports/{id}/attachments", reportId)
                        .file(new MockMultipartFile("file", "bomb.odt", "application/octet-stream",
                                AttachmentFixtures.odtZipBomb(60)))
                        .with(user(fixtures.teacher).roles("TEACHER")))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/api/reports/import").contentType("application/x-ndjson").content("""
                {"title":"Мектеп","author":"Айгүл","school":"№1 мектеп","region":"Түркістан","subject":"Тарих","year":"2020-2021","summary":"Оқушылар","body":"Мәтін","keywords":["тарих"]}
                {"title":"No body","author":"A","school":"S","region":"R","subject":"S","year":"2020-2021","summary":"s"}
                """).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("body"));

        var changes = source.changesAfter(before, 10);
        assertThat(changes).hasSize(3).extracting(IndexChange::sequence).isSorted();
        assertThat(source.document(reportId).orElseThrow().body()).contains("Stored as bytea");
        var archived = source.document(changes.get(2).reportId()).orElseThrow();
        assertThat(archived.language()).isEqualTo("kk");
        assertThat(archived.published()).isTrue();
        var seen = new java.util.ArrayList<Long>();
        source.forEach(d -> seen.add(d.reportId()));
        assertThat(seen).isSorted().hasSize((int) source.count()).contains(reportId, changes.get(2).reportId());
    }
}
