package kz.shamy.circle;

import kz.shamy.circle.internal.EvidenceEntry;
import kz.shamy.circle.internal.PlanReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The plan review on Shamy's own task pages: the facilitator reads the plan they approve beside the form, a return
 * needs comments and says so at the field in the reader's language, the teacher gets the plan back as they wrote it
 * with the comments beside it, and round two shows round one. Nobody else sees the task.
 */
// a context of its own, closed after the class: it walks teacher1's demo project through plan review, and the
// tests sharing ShamyIntegrationTest's context read that project at its demo stage
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:project-task-pages;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "shamy.demo-circles=true",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectTaskPagesIntegrationTests {

    private static final RequestPostProcessor FACILITATOR1 = user("facilitator1").roles("FACILITATOR");
    private static final RequestPostProcessor TEACHER1 = user("teacher1").roles("TEACHER");

    @Autowired MockMvc mvc;
    @Autowired DevelopmentProjects projects;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired Notifier notifier;

    private DevelopmentProject project() {
        return projects.latestOf("teacher1").orElseThrow();
    }

    private Task openTask(String taskKey) {
        return tasks.createTaskQuery().processInstanceId(project().processInstanceId()).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    @Test
    @Order(2)
    void theFacilitatorReturnsThePlanWithCommentsAndTheTeacherGetsItBackAsWrittenWithThem() throws Exception {
        Task review = openTask("ReviewPlan");
        String plan = projects.plans(project().id()).get(0).getText();
        String firstLine = plan.lines().findFirst().orElseThrow();

        mvc.perform(get("/tasks").param("lang", "ru").with(FACILITATOR1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/tasks/" + review.getId())));
        mvc.perform(get("/tasks").param("lang", "ru").with(TEACHER1))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/tasks/" + review.getId()))));
        mvc.perform(get("/tasks/{id}", review.getId()).param("lang", "en").with(FACILITATOR1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(html(firstLine)), containsString("Round 1"),
                        containsString("name=\"planApproved\""), containsString("name=\"planReviewComments\""),
                        containsString("/projects/" + project().id()))));

        // a return without comments: refused at the field, in Russian, the task still open
        mvc.perform(post("/tasks/{id}", review.getId()).param("lang", "ru").with(FACILITATOR1).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("при возврате плана комментарии обязательны"),
                        containsString("id=\"error-planReviewComments\""), not(containsString("ENGINE-")))));
        assertThat(openTask("ReviewPlan")).isNotNull();

        String comments = "Add how you will know it worked: which evidence, from whom, by when.";
        mvc.perform(post("/tasks/{id}", review.getId()).param("planReviewComments", comments)
                        .with(FACILITATOR1).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks"));
        assertThat(openTask("ReviewPlan")).isNull();

        Task draft = openTask("DraftPlan");
        mvc.perform(get("/tasks/{id}", draft.getId()).param("lang", "en").with(TEACHER1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(html(comments)), containsString("Returned"),
                        // the textarea holds the plan as the teacher wrote it
                        containsString("name=\"planText\""), containsString(">" + firstLine),
                        containsString(plan.lines().reduce((a, b) -> b).orElseThrow() + "</textarea>"))));

        mvc.perform(post("/tasks/{id}", draft.getId()).param("planText", plan + "\nEvidence: pupils' work, monthly.")
                        .with(TEACHER1).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // the facilitator's home page says a round waits for them (it said nothing before)
        assertThat(notifier.of("facilitator1", "notify.devwork.planSubmitted")).isNotEmpty();
        Task second = openTask("ReviewPlan");
        mvc.perform(get("/tasks/{id}", second.getId()).param("lang", "en").with(FACILITATOR1))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Round 1"), containsString("Round 2"),
                        containsString(html(comments)), containsString("pupils&#39; work, monthly"))));

        // an approval may carry a comment too
        mvc.perform(post("/tasks/{id}", second.getId()).param("planApproved", "true")
                        .param("planReviewComments", "Good. Keep the evidence dated.").with(FACILITATOR1).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<PlanReview> reviews = projects.planReviews(project().id());
        assertThat(reviews).extracting(PlanReview::getDecision)
                .containsExactly(PlanReview.Decision.RETURNED, PlanReview.Decision.APPROVED);
        assertThat(reviews.get(1).getComments()).isEqualTo("Good. Keep the evidence dated.");
    }

    @Test
    @Order(1)
    void nobodyButTheTaskHolderSeesOrCompletesTheTask() throws Exception {
        Task review = openTask("ReviewPlan");
        for (RequestPostProcessor other : List.of(TEACHER1, user("teacher2").roles("TEACHER"),
                user("facilitator2").roles("FACILITATOR"), user("assessor1").roles("ASSESSOR"),
                user("staff1").roles("STAFF"))) {
            mvc.perform(get("/tasks/{id}", review.getId()).with(other))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("planReviewComments"))));
            mvc.perform(post("/tasks/{id}", review.getId()).param("planApproved", "true").with(other).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(openTask("ReviewPlan")).isNotNull();
        mvc.perform(get("/tasks/{id}", "no-such-task").with(FACILITATOR1)).andExpect(status().isNotFound());
        // a page form without its CSRF token is not taken
        mvc.perform(post("/tasks/{id}", review.getId()).param("planApproved", "true").with(FACILITATOR1))
                .andExpect(status().isForbidden());
        assertThat(openTask("ReviewPlan")).isNotNull();
    }

    @Test
    @Order(3)
    void aDateIsReadAsWrittenHereAndAFieldTheFormDoesNotDeclareIsNotTaken() throws Exception {
        Task lead = openTask("LeadDevelopmentWork");
        mvc.perform(post("/tasks/{id}", lead.getId()).param("lang", "kk").param("entryDate", "31.02.2026")
                        .param("entryKind", "OBSERVATION").param("entryDescription", "Сабақты бақылау")
                        .param("addAnotherEntry", "true").with(TEACHER1).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"error-entryDate\""),
                        containsString("Сабақты бақылау"))));
        int before = projects.evidence(project().id()).size();
        mvc.perform(post("/tasks/{id}", lead.getId()).param("entryDate", "02.11.2026").param("entryKind", "OBSERVATION")
                        .param("entryDescription", "Observed a lesson").param("addAnotherEntry", "true")
                        .param("facilitatorId", "teacher1").param("projectId", "1").with(TEACHER1).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<EvidenceEntry> evidence = projects.evidence(project().id());
        assertThat(evidence).hasSize(before + 1);
        assertThat(evidence).anySatisfy(e -> assertThat(e.getEntryDate()).hasToString("2026-11-02"));
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(project().processInstanceId())
                .variableName("facilitatorId").list()).allSatisfy(v -> assertThat(v.getValue()).isEqualTo("facilitator1"));
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(project().processInstanceId())
                .variableName("projectId").list()).allSatisfy(v -> assertThat(v.getValue()).isEqualTo(project().id()));
        assertThat(projects.latestOf("teacher1").orElseThrow().facilitator()).isEqualTo("facilitator1");
    }
}
