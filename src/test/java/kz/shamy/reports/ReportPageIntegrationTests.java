package kz.shamy.reports;

import kz.shamy.reports.internal.AttachmentText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.identity.People;
import kz.shamy.programme.Schools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A report's page: its full text and its attachments, to exactly those who may read the report. */
@EmptyShamyIntegrationTest
class ReportPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Reports reports;
    @Autowired Schools schools;
    @Autowired People people;

    ReportFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportFixtures(schools, people, reports);
    }

    @Test
    void aPublishedReportsPageShowsItsTextAndItsAttachmentsWithWorkingDownloadLinks() throws Exception {
        Long reportId = fixtures.published("Reading corners");
        byte[] pdf = AttachmentFixtures.pdf("Morning reading circles doubled the pace");
        String apiLocation = upload(reportId, "evidence.pdf", pdf, teacher());
        String attachmentId = apiLocation.substring(apiLocation.lastIndexOf('/') + 1);
        String link = "/reports/" + reportId + "/attachments/" + attachmentId;

        mvc.perform(get("/reports/{id}", reportId).param("lang", "en").with(other()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Reading corners"),
                        containsString("Pupils in grade three read together."),
                        containsString("Aigerim " + fixtures.suffix),
                        containsString("School " + fixtures.suffix),
                        containsString("Attachments"),
                        containsString("searched together with the report"),
                        containsString("href=\"" + link + "\""),
                        containsString(">evidence.pdf</a>"),
                        containsString("title=\"application/pdf\">PDF</td>"),
                        containsString(kilobytes(pdf.length) + " KB"),
                        // the attachment's text is searchable, not pasted into the report's own text
                        not(containsString("Morning reading circles")))));

        mvc.perform(get(link).with(other())).andExpect(status().isOk())
                .andExpect(content().contentType(AttachmentText.PDF))
                .andExpect(header().string("Content-Disposition", containsString("evidence.pdf")))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/reports/{id}/attachments/{a}", reportId, 999_999_999L).with(other()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDraftsPageAndAttachmentsAreForItsAuthorFacilitatorAndAdministratorsOnly() throws Exception {
        Long draftId = fixtures.draft("Draft with a plan").reportId();
        String apiLocation = upload(draftId, "plan.docx", AttachmentFixtures.docx("Our plan"), facilitator());
        String link = "/reports/" + draftId + "/attachments/" + apiLocation.substring(apiLocation.lastIndexOf('/') + 1);

        for (RequestPostProcessor reader : new RequestPostProcessor[] {teacher(), facilitator(), admin()}) {
            mvc.perform(get("/reports/{id}", draftId).param("lang", "en").with(reader)).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Draft with a plan"),
                            containsString(">plan.docx</a>"), containsString("DOCX"),
                            containsString("Draft: visible only to its author"))));
            mvc.perform(get(link).with(reader)).andExpect(status().isOk());
        }
        // to anyone else the draft does not exist, nor do its files
        for (RequestPostProcessor outsider : new RequestPostProcessor[] {other(), user("staff1").roles("STAFF"),
                user("facilitator-x").roles("FACILITATOR")}) {
            mvc.perform(get("/reports/{id}", draftId).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(get(link).with(outsider)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/reports/{id}", draftId)).andExpect(status().is3xxRedirection());
        mvc.perform(get(link)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/{id}", 999_999_999L).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void aFileNameIsShownEscapedAndTheLabelsAreInKazakhAndRussian() throws Exception {
        Long reportId = fixtures.published("Escaped names");
        upload(reportId, "<img src=x onerror=alert(1)>\".pdf", AttachmentFixtures.pdf("x"), teacher());

        String page = mvc.perform(get("/reports/{id}", reportId).param("lang", "kk").with(other()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;&quot;.pdf").doesNotContain("<img src=x")
                .contains("Тіркемелер", "Көлемі", "КБ");
        mvc.perform(get("/reports/{id}", reportId).param("lang", "ru").with(other()))
                .andExpect(content().string(allOf(containsString("Вложения"), containsString("Размер"))));
    }

    private static String kilobytes(int bytes) {
        return new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
                .format(bytes / 1024.0);
    }

    private String upload(Long reportId, String name, byte[] bytes, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/api/reports/{id}/attachments", reportId)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)).with(who))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
    }

    private RequestPostProcessor teacher() {
        return user(fixtures.teacher).roles("TEACHER");
    }

    private RequestPostProcessor other() {
        return user(fixtures.otherTeacher).roles("TEACHER");
    }

    private RequestPostProcessor facilitator() {
        return user(fixtures.facilitator).roles("FACILITATOR");
    }

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }
}
