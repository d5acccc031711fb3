package kz.shamy.reports;

import kz.shamy.reports.internal.AttachmentText;
import kz.shamy.reports.internal.ReportAttachmentRepository;
import kz.shamy.reports.internal.ReportAttachments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.identity.People;
import kz.shamy.programme.Schools;
import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Attaching files to reports and downloading them, through the API, with the real tables (H2, Flyway). */
@EmptyShamyIntegrationTest
class ReportAttachmentsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Reports reports;
    @Autowired ReportAttachments attachments;
    @Autowired SearchSource source;
    @Autowired Schools schools;
    @Autowired People people;

    ReportFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportFixtures(schools, people, reports);
    }

    @Test
    void theAuthorAttachesAPdfAndItsTextJoinsTheDraftsSearchDocument() throws Exception {
        Long reportId = fixtures.draft("Reading together").reportId();
        long before = source.latestSequence();
        byte[] pdf = AttachmentFixtures.pdf("Morning reading circles doubled the pace");

        String location = upload(reportId, "report.pdf", pdf, teacher())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value(AttachmentText.PDF))
                .andExpect(jsonPath("$.fileName").value("report.pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches("/api/reports/" + reportId + "/attachments/\\d+");

        assertThat(source.changesAfter(before, 10)).extracting(IndexChange::reportId, IndexChange::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reportId, IndexChange.Kind.UPSERT));
        SearchDocument document = source.document(reportId).orElseThrow();
        assertThat(document.body()).contains("Pupils in grade three read together.")
                .contains("Morning reading circles doubled the pace");
        assertThat(document.published()).isFalse();

        mvc.perform(get(location).with(teacher())).andExpect(status().isOk())
                .andExpect(content().contentType(AttachmentText.PDF))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("report.pdf")))
                .andExpect(content().bytes(pdf));
        mvc.perform(get(location).with(facilitator())).andExpect(status().isOk());
        mvc.perform(get(location).with(admin())).andExpect(status().isOk());
        mvc.perform(get(location).with(user(fixtures.otherTeacher).roles("TEACHER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:shamy:problem:forbidden"));
    }

    @Test
    void theFacilitatorAndAdminsAttachButOtherTeachersMayNot() throws Exception {
        Long reportId = fixtures.draft("Lab work").reportId();
        upload(reportId, "plan.docx", AttachmentFixtures.docx("Facilitator's notes"), facilitator())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.mediaType").value(AttachmentText.DOCX));
        upload(reportId, "evidence.odt", AttachmentFixtures.odt("Evidence of change"), admin())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.mediaType").value(AttachmentText.ODT));
        upload(reportId, "mine.pdf", AttachmentFixtures.pdf("not mine"), user(fixtures.otherTeacher).roles("TEACHER"))
                .andExpect(status().isForbidden());
        assertThat(attachments.of(reportId)).extracting(ReportAttachmentRepository.Listing::fileName)
                .containsExactly("plan.docx", "evidence.odt");
        assertThat(source.document(reportId).orElseThrow().body()).contains("Facilitator's notes")
                .contains("Evidence of change");
    }

    @Test
    void badFilesAreRefusedWithAProblemDetailAndTheReportIsKeptAsItWas() throws Exception {
        Long reportId = fixtures.draft("Kept as it was").reportId();
        upload(reportId, "good.pdf", AttachmentFixtures.pdf("the good one"), teacher()).andExpect(status().isCreated());
        long before = source.latestSequence();
        SearchDocument documentBefore = source.document(reportId).orElseThrow();

        refused(reportId, "broken.pdf", AttachmentFixtures.corruptPdf(), "not a readable PDF");
        refused(reportId, "bomb.odt", AttachmentFixtures.odtZipBomb(60), "zip bomb");
        refused(reportId, "random.pdf", AttachmentFixtures.random(4096), "only PDF, DOCX and ODT");
        refused(reportId, "huge.pdf", new byte[20 * 1024 * 1024 + 1], "20 MB");
        mvc.perform(multipart("/api/reports/{id}/attachments", reportId).with(teacher()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));

        assertThat(attachments.of(reportId)).extracting(ReportAttachmentRepository.Listing::fileName)
                .containsExactly("good.pdf");
        assertThat(reports.report(reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.versions(reportId)).hasSize(1);
        assertThat(source.changesAfter(before, 10)).extracting(IndexChange::reportId).doesNotContain(reportId);
        assertThat(source.document(reportId).orElseThrow().body()).isEqualTo(documentBefore.body());
    }

    @Test
    void aPublishedReportsAttachmentsAreReadByEveryoneSignedIn() throws Exception {
        Long reportId = fixtures.published("Published with a file");
        String location = upload(reportId, "final.pdf", AttachmentFixtures.pdf("final text"), teacher())
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        Long versionId = reports.report(reportId).publishedVersionId();
        assertThat(attachments.of(reportId)).extracting(ReportAttachmentRepository.Listing::versionId)
                .containsExactly(versionId);
        mvc.perform(get(location).with(user(fixtures.otherTeacher).roles("TEACHER"))).andExpect(status().isOk());
        mvc.perform(get(location).with(user("someone").roles("STAFF"))).andExpect(status().isOk());
        mvc.perform(get(location)).andExpect(status().isUnauthorized());
    }

    @Test
    void unknownReportsAndAttachmentsAreNotFound() throws Exception {
        upload(999_999_999L, "x.pdf", AttachmentFixtures.pdf("x"), admin()).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:shamy:problem:not-found"));
        Long reportId = fixtures.published("No such attachment");
        mvc.perform(get("/api/reports/{id}/attachments/{a}", reportId, 999_999_999L).with(admin()))
                .andExpect(status().isNotFound());
        Long otherReport = fixtures.published("Another report");
        String location = upload(otherReport, "a.pdf", AttachmentFixtures.pdf("a"), admin())
                .andReturn().getResponse().getHeader("Location");
        String attachmentId = location.substring(location.lastIndexOf('/') + 1);
        // an attachment is found only under its own report
        mvc.perform(get("/api/reports/{id}/attachments/{a}", reportId, attachmentId).with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reports/{id}/attachments", otherReport).with(teacher())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fileName").value("a.pdf"));
    }

    private void refused(Long reportId, String name, byte[] bytes, String why) throws Exception {
        upload(reportId, name, bytes, teacher())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:shamy:problem:invalid-request"))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString(why)));
    }

    private ResultActions upload(Long reportId, String name, byte[] bytes, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(multipart("/api/reports/{id}/attachments", reportId)
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)).with(who));
    }

    private RequestPostProcessor teacher() {
        return user(fixtures.teacher).roles("TEACHER");
    }

    private RequestPostProcessor facilitator() {
        return user(fixtures.facilitator).roles("FACILITATOR");
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    static List<Long> ids(List<SearchDocument> documents) {
        return documents.stream().map(SearchDocument::reportId).toList();
    }
}
