package kz.shamy.workflow.engine;

import kz.shamy.workflow.LongTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.shamy.scenario.ShamyHttp;
import kz.shamy.scenario.ShamyHttp.Answer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Full-length texts go through Tasklist's form submission ({@code /engine-rest/task/{id}/submit-form}) into
 * Shamy's tables whole, with history FULL: the engine's history keeps each form field only as long as its
 * column holds, marked as shortened, instead of failing the submission. Texts over a form's stated limit are
 * refused with 400 and the task stays open. The demo's teacher1 has a plan awaiting facilitator1's review;
 * teacher6 is writing their report.
 */
// a context of its own: it submits teacher6's demo report, and the tests sharing ShamyIntegrationTest's context
// read teacher6 at WriteReport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:long-form-text;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true", "shamy.demo-reports=false",
        "camunda.bpm.job-execution.enabled=false"})
class LongFormTextIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate db;
    @Autowired
    HistoryService history;

    private ShamyHttp http;

    @BeforeEach
    void client() {
        http = new ShamyHttp(port);
    }

    @Test
    void aFullLengthReportIsSubmittedFromTasklistAndArrivesWhole() {
        String task = http.taskOf("teacher6", "WriteReport", null);
        String summary = LongTexts.kazakhWords(1100);
        String body = LongTexts.kazakhText(100_000);
        assertThat(summary.length()).as("a summary at the form's word limit").isGreaterThan(4000);

        Answer tooLong = http.submitForm("teacher6", task, report(summary, LongTexts.kazakhText(1_000_001)));
        assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(400);
        assertThat(tooLong.body().path("message").asText()).contains("1000000 characters");
        assertThat(http.taskOf("teacher6", "WriteReport", null)).as("the task stays open").isEqualTo(task);

        Answer submitted = http.submitForm("teacher6", task, report(summary, body));

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(204);
        Map<String, Object> version = db.queryForMap("select v.summary, v.body from SHAMY.report_version v"
                + " join SHAMY.project_report r on r.id = v.report_id where r.author = 'teacher6'");
        assertThat(version.get("SUMMARY")).isEqualTo(summary);
        assertThat(version.get("BODY")).isEqualTo(body);
        HistoricFormField kept = formField(task, "reportBody");
        assertThat(kept.getFieldValue().toString()).hasSizeLessThanOrEqualTo(4000)
                .startsWith(body.substring(0, 1000)).endsWith(ShortenedFormFields.MARK);
        assertThat(formField(task, "reportTitle").getFieldValue()).isEqualTo("Оқушылардың сұрақтары");
    }

    @Test
    void aLongReturnCommentAndALongRevisedPlanArriveWhole() {
        String review = http.taskOf("facilitator1", "ReviewPlan", null);
        String comments = LongTexts.kazakhText(3000);

        Answer tooLong = http.submitForm("facilitator1", review,
                Map.of("planApproved", false, "planReviewComments", LongTexts.kazakhText(20_001)));
        assertThat(tooLong.status()).as(tooLong.text()).isEqualTo(400);
        assertThat(tooLong.body().path("message").asText()).contains("20000 characters");
        assertThat(http.taskOf("facilitator1", "ReviewPlan", null)).as("the review stays open").isEqualTo(review);

        Answer returned = http.submitForm("facilitator1", review,
                Map.of("planApproved", false, "planReviewComments", comments));

        assertThat(returned.status()).as(returned.text()).isEqualTo(204);
        assertThat(db.queryForObject("select r.comments from SHAMY.plan_review r join SHAMY.development_project p"
                + " on p.id = r.project_id where p.teacher = 'teacher1' and r.decision = 'RETURNED'", String.class))
                .isEqualTo(comments);
        assertThat(db.queryForList("select arguments from SHAMY.notification where recipient = 'teacher1'"
                + " and message_key = 'notify.devwork.planReturned'", String.class))
                .singleElement().asString().endsWith("\u001f" + comments);

        String draft = http.taskOf("teacher1", "DraftPlan", null);
        Answer planTooLong = http.submitForm("teacher1", draft, Map.of("planText", LongTexts.kazakhText(20_001)));
        assertThat(planTooLong.status()).as(planTooLong.text()).isEqualTo(400);
        assertThat(http.taskOf("teacher1", "DraftPlan", null)).as("the draft stays open").isEqualTo(draft);

        String plan = LongTexts.kazakhText(5000);
        Answer revised = http.submitForm("teacher1", draft, Map.of("planText", plan));

        assertThat(revised.status()).as(revised.text()).isEqualTo(204);
        List<String> plans = db.queryForList("select d.plan from SHAMY.development_plan d join SHAMY.development_project p"
                + " on p.id = d.project_id where p.teacher = 'teacher1' order by d.round", String.class);
        assertThat(plans).last().isEqualTo(plan);
        assertThat(plans).as("the refused plan left no round").hasSize(2);
    }

    private HistoricFormField formField(String taskId, String name) {
        return history.createHistoricDetailQuery().formFields().taskId(taskId).list().stream()
                .map(HistoricFormField.class::cast).filter(f -> f.getFieldId().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no form field " + name + " in the history of " + taskId));
    }

    private static Map<String, Object> report(String summary, String body) {
        Map<String, Object> form = new HashMap<>();
        form.put("reportTitle", "Оқушылардың сұрақтары");
        form.put("reportLanguage", "kk");
        form.put("reportSubject", "Математика");
        form.put("academicYear", "2025-2026");
        form.put("reportSummary", summary);
        form.put("reportBody", body);
        form.put("reportKeywords", "сұрақ, сабақ");
        return form;
    }
}
