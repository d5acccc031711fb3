package kz.shamy.circle;

import kz.shamy.circle.internal.EvidenceEntry;
import kz.shamy.circle.internal.PlanReview;
import kz.shamy.circle.internal.ProjectPlan;
import kz.shamy.circle.internal.ProjectTimelines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.format.DateTimeFormatter;
import kz.shamy.shared.SchoolTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A teacher's "My programme": their development work's stages as a timeline (done with the date, current with its
 * due date, next), their latest plan, evidence, report and every piece of feedback, in Kazakhstan time; nobody
 * but a teacher has one.
 */
// a context of its own: it reads teacher1's and teacher2's pages at their seeded stages ("no reviews yet"); in
// ShamyIntegrationTest's shared context teacher1's page had changed by the time it ran (cause not yet pinned down)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:my-programme;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "shamy.demo-circles=true",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
class MyProgrammeIntegrationTests {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC+5'");

    @Autowired MockMvc mvc;
    @Autowired DevelopmentProjects projects;

    @Test
    void aTeacherSeesTheStagesDoneWithTheirDatesTheCurrentOneAndTheNext() throws Exception {
        String page = page("teacher2", "en").getContentAsString();

        // teacher2 leads their development work: six stages done, the seventh now, the rest ahead
        assertThat(count(page, "<li class=\"done\"")).isEqualTo(6);
        assertThat(count(page, "<li class=\"current\"")).isEqualTo(1);
        assertThat(count(page, "<li class=\"next\"")).isEqualTo(5);
        String current = page.substring(page.indexOf("<li class=\"current\""));
        assertThat(current.substring(0, current.indexOf("</li>"))).contains("Leading the development work", "now");
        String firstDone = page.substring(page.indexOf("<li class=\"done\""));
        assertThat(firstDone.substring(0, firstDone.indexOf("</li>")))
                .contains("Clarifying values").containsPattern("done \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\\+5");
        assertThat(page).contains("Times are Kazakhstan time (UTC+05:00).");
    }

    @Test
    void aTeacherReadsTheirLatestPlanAndEveryPieceOfFeedbackDatedInKazakhstanTime() throws Exception {
        DevelopmentProject project = projects.latestOf("teacher2").orElseThrow();
        ProjectPlan latest = projects.plans(project.id()).get(1);
        PlanReview returned = projects.planReviews(project.id()).get(0);
        EvidenceEntry evidence = projects.evidence(project.id()).get(0);

        String page = page("teacher2", "en").getContentAsString();

        assertThat(page).contains("Round 2 of 2", escaped(latest.getText().lines().findFirst().orElseThrow()),
                "Plan, round 1", "returned for revision", "Plan, round 2", "approved",
                escaped(returned.getComments().lines().findFirst().orElseThrow()),
                returned.getReviewedAt().atZone(SchoolTime.ZONE).format(SHOWN),
                escaped(evidence.getDescription().lines().findFirst().orElseThrow()));
    }

    @Test
    void theTimelineSpeaksTheTeachersLanguage() throws Exception {
        assertThat(page("teacher2", "kk").getContentAsString())
                .contains("Менің бағдарламам", "Менің дамыту жоспарым", "пысықтауға қайтарылды");
        assertThat(page("teacher1", "ru").getContentAsString())
                .contains("Моя программа", "План на рассмотрении", "Отзывов пока нет.");
    }

    @Test
    void aTeacherWaitingForTheReviewSeesWhenItIsDue() throws Exception {
        DevelopmentProject project = projects.latestOf("teacher1").orElseThrow();
        String due = project.stageChangedAt().plus(ProjectTimelines.REVIEW_WITHIN).atZone(SchoolTime.ZONE)
                .format(SHOWN);

        assertThat(page("teacher1", "en").getContentAsString()).contains("due " + due);
    }

    @Test
    void aTeacherWithoutAProjectIsToldSo() throws Exception {
        assertThat(page("teacher4", "en").getContentAsString())
                .contains("Your development work has not started yet.").doesNotContain("class=\"timeline\"");
    }

    @Test
    void nobodyButATeacherHasAProgrammeOfTheirOwn() throws Exception {
        for (String[] who : new String[][] {{"facilitator1", "FACILITATOR"}, {"admin", "ADMIN"},
                {"assessor1", "ASSESSOR"}}) {
            MockHttpServletResponse response = mvc.perform(get("/my-programme").param("lang", "en")
                    .with(user(who[0]).roles(who[1]))).andReturn().getResponse();
            assertThat(response.getStatus()).as(who[0]).isEqualTo(404);
            assertThat(response.getContentAsString()).contains("Not found").doesNotContain("Aliya Omarova");
        }
    }

    private MockHttpServletResponse page(String teacher, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/my-programme").param("lang", lang)
                .with(user(teacher).roles("TEACHER"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    /** As Thymeleaf writes text: only the characters HTML needs escaped. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
