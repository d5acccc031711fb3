package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Date;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.web.DashboardPages.Bar;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The facilitator's dashboard on the demo circles: their teachers × stages with the stages written out, the reviews
 * waiting (overdue first) linked to the project page, attendance with the two-missed-sessions alert, and the two
 * SVG charts. Nobody else's circles, and nobody else's dashboard.
 */
@ShamyIntegrationTest
class FacilitatorDashboardIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired DevelopmentProjects projects;
    @Autowired TaskService tasks;

    @Test
    void aFacilitatorSeesTheirTeachersAtStagesWrittenOut() throws Exception {
        String page = page("facilitator1", "en");

        assertThat(page).contains("My circles", "Sairam village school No. 12", "Aliya Omarova", "Nurlan Kassymov",
                "Madina Tulegenova", "<th scope=\"col\" class=\"step\">Clarifying values</th>",
                "<th scope=\"col\" class=\"step\">Consulting colleagues and the principal</th>");
        String aliya = DashboardPages.rowOf(page, "class=\"grid stages\"", "Aliya Omarova");
        assertThat(aliya).contains("Plan under review");
        assertThat(aliya.split("class=\"done\"", -1)).hasSize(6);
        assertThat(aliya.split("class=\"now\"", -1)).hasSize(2);
    }

    @Test
    void aFacilitatorDoesNotSeeAnotherCirclesTeachers() throws Exception {
        assertThat(page("facilitator1", "en")).doesNotContain("Olga Petrenko", "Zhanar Sadykova", "Urzhar");
        assertThat(page("facilitator2", "en")).contains("Olga Petrenko", "Zhanar Sadykova")
                .doesNotContain("Aliya Omarova", "Madina Tulegenova")
                // their circle has held no session yet: said in words, and no empty chart
                .contains("No session recorded yet.").doesNotContain("<svg id=\"attendance-");
    }

    @Test
    void overdueWorkComesFirstThenTheReviewsWaitingEachLinkedToItsProjectPage() throws Exception {
        Long aliya = projects.latestOf("teacher1").orElseThrow().id();
        Long nurlan = projects.latestOf("teacher2").orElseThrow().id();
        Task leading = tasks.createTaskQuery().processInstanceId(projects.project(nurlan).processInstanceId())
                .taskDefinitionKey("LeadDevelopmentWork").singleResult();
        Date before = leading.getDueDate();
        leading.setDueDate(Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        tasks.saveTask(leading);
        try {
            String page = page("facilitator1", "en");
            String attention = page.substring(page.indexOf("id=\"attention\""), page.indexOf("</table>",
                    page.indexOf("id=\"attention\"")));

            assertThat(attention).containsSubsequence("/projects/" + nurlan, "Overdue", "/projects/" + aliya,
                    "Plan under review");
            assertThat(attention).doesNotContain("Madina Tulegenova");
        } finally {
            leading.setDueDate(before);
            tasks.saveTask(leading);
        }
    }

    @Test
    void aTeacherWhoMissedTheLastTwoSessionsIsNamed() throws Exception {
        assertThat(page("facilitator1", "en"))
                .contains("Madina Tulegenova has missed the last 2 sessions in a row.")
                .doesNotContain("Aliya Omarova has missed", "Nurlan Kassymov has missed");
        assertThat(page("facilitator1", "ru")).contains("Madina Tulegenova пропускает встречи: последние 2 подряд.");
    }

    @Test
    void theStageFunnelHasOneBarPerStageCountingTheTeachersWhoReachedIt() throws Exception {
        String svg = DashboardPages.svg(page("facilitator1", "en"), "funnel");

        // teacher1 at the plan review, teacher2 leading the work, teacher3 clarifying values
        assertThat(DashboardPages.bars(svg)).containsExactly(new Bar("Clarifying values", 3),
                new Bar("Identifying a concern", 2), new Bar("Reflecting on the school's culture", 2),
                new Bar("Consulting colleagues and the principal", 2), new Bar("Drafting the development plan", 2),
                new Bar("Plan under review", 2), new Bar("Leading the development work", 1),
                new Bar("Preparing a poster", 0), new Bar("Writing the project report", 0),
                new Bar("Report under review", 0), new Bar("Publishing the report", 0), new Bar("Completed", 0));
        assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"funnel-title\"",
                "<title id=\"funnel-title\">Teachers who reached each stage (of 3)</title>");
    }

    @Test
    void theAttendanceChartHasOneBarPerSessionWithATextEquivalent() throws Exception {
        String page = page("facilitator1", "en");
        int start = page.indexOf("<svg id=\"attendance-");
        String id = page.substring(start + "<svg id=\"".length(), page.indexOf('"', start + "<svg id=\"".length()));
        String svg = DashboardPages.svg(page, id);

        assertThat(DashboardPages.bars(svg)).extracting(Bar::value).containsExactly(3L, 2L, 2L);
        assertThat(svg).contains("<title id=\"" + id + "-title\">Attendance at the sessions of Sairam village school"
                + " No. 12 (teachers present of 3)</title>");
        // the same figures as a table for those who cannot see the chart
        String figures = page.substring(page.indexOf("</svg>", start));
        assertThat(figures.substring(0, figures.indexOf("</table>"))).contains("<td>3</td>", "<td>2</td>");
    }

    @Test
    void nobodyButAFacilitatorHasThisDashboard() throws Exception {
        for (String[] who : new String[][] {{"teacher1", "TEACHER"}, {"admin", "ADMIN"}, {"staff1", "STAFF"}}) {
            MockHttpServletResponse response = mvc.perform(get("/dashboard/facilitator").param("lang", "en")
                    .with(user(who[0]).roles(who[1]))).andReturn().getResponse();
            assertThat(response.getStatus()).as(who[0]).isEqualTo(404);
            assertThat(response.getContentAsString()).doesNotContain("Aliya Omarova", "<svg");
        }
    }

    private String page(String facilitator, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/dashboard/facilitator").param("lang", lang)
                .with(user(facilitator).roles("FACILITATOR"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
