package kz.shamy.circle;

import kz.shamy.circle.internal.PlanReview;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project page a facilitator reviews from: the whole development work, every round of the plan with the
 * decisions and comments, to the teacher, their facilitator and administrators only.
 */
@ShamyIntegrationTest
class ProjectPageIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired DevelopmentProjects projects;

    private Long projectOf(String teacher) {
        return projects.latestOf(teacher).orElseThrow().id();
    }

    @Test
    void theFacilitatorReadsThePlanTheyAreAskedToApprove() throws Exception {
        Long project = projectOf("teacher1");
        String plan = projects.plans(project).get(0).getText().lines().findFirst().orElseThrow();

        mvc.perform(get("/projects/{id}", project).param("lang", "en")
                        .with(user("facilitator1").roles("FACILITATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(plan), containsString("Round 1"),
                        containsString("Waiting for the facilitator&#39;s review."),
                        containsString("Plan under review"), containsString("teacher1"))));
    }

    @Test
    void everyRoundOfAReturnedPlanIsShownWithItsDecisionAndCommentsInTheReadersLanguage() throws Exception {
        Long project = projectOf("teacher2");
        PlanReview returned = projects.planReviews(project).get(0);

        mvc.perform(get("/projects/{id}", project).param("lang", "ru").with(user("teacher2").roles("TEACHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Возвращён на доработку"),
                        containsString("Утверждён"), containsString("Версия 2"),
                        containsString(returned.getComments().lines().findFirst().orElseThrow()
                                .replace("'", "&#39;").replace("\"", "&quot;")))));
        mvc.perform(get("/projects/{id}", project).param("lang", "kk").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Пысықтауға қайтарылды")));
    }

    @Test
    void nobodyElseLearnsTheProjectExists() throws Exception {
        Long project = projectOf("teacher1");
        for (String[] who : new String[][] {{"teacher2", "TEACHER"}, {"facilitator2", "FACILITATOR"},
                {"assessor1", "ASSESSOR"}, {"staff1", "STAFF"}}) {
            mvc.perform(get("/projects/{id}", project).with(user(who[0]).roles(who[1])))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("teacher1"))));
        }
        mvc.perform(get("/projects/{id}", 987_654L).with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }
}
