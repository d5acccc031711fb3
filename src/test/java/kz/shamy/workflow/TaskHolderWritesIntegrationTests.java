package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.scenario.ShamyHttp;
import kz.shamy.scenario.ShamyHttp.Answer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Red-team cases of issue 9, each as an attacker with a legitimate account tried it: nothing a task's holder can
 * write through the engine's API decides who they are, what their task concerns, or who reviews it; the
 * engine's machinery is the administrators'. Every denial is checked together with what stayed unchanged.
 */
@ShamyIntegrationTest
class TaskHolderWritesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;

    private ShamyHttp http() {
        return new ShamyHttp(port);
    }

    private Task task(String assignee, String definitionKey) {
        return tasks.createTaskQuery().taskAssignee(assignee).taskDefinitionKey(definitionKey).singleResult();
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }

    // ---- case 1: a teacher approves their own report by rewriting facilitatorId

    @Test
    void teacherCannotWriteAVariableOfTheirTaskOrProcess() {
        Task writeReport = task("teacher6", "WriteReport");
        String base = "/engine-rest/task/" + writeReport.getId();

        Answer put = http().call("PUT", "teacher6", base + "/variables/facilitatorId", text("teacher6"));
        Answer modify = http().call("POST", "teacher6", base + "/variables",
                Map.of("modifications", Map.of("facilitatorId", text("teacher6"))));
        Answer local = http().call("PUT", "teacher6", base + "/localVariables/facilitatorId", text("teacher6"));
        Answer delete = http().call("DELETE", "teacher6", base + "/variables/facilitatorId", null);
        Answer instance = http().call("PUT", "teacher6", "/engine-rest/process-instance/"
                + writeReport.getProcessInstanceId() + "/variables/facilitatorId", text("teacher6"));
        Answer webapp = http().call("PUT", "teacher6", "/camunda/api/engine/engine/default/task/"
                + writeReport.getId() + "/variables/facilitatorId", text("teacher6"));

        for (Answer refused : new Answer[] {put, modify, local, delete, instance}) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(403);
            assertThat(refused.body().path("detail").asText()).isNotBlank().doesNotContain("ENGINE-");
        }
        // the webapps' door takes a signed-in session, not Basic: sent to sign in
        assertThat(webapp.status()).as(webapp.text()).isIn(302, 401, 403);
        assertThat(runtime.getVariable(writeReport.getProcessInstanceId(), "facilitatorId")).isEqualTo("facilitator2");
    }

    @Test
    void theEngineItselfRefusesVariableWritesByATaskHolder() {
        Task writeReport = task("teacher6", "WriteReport");
        identity.setAuthentication("teacher6", List.of("teachers"));
        try {
            assertThatThrownBy(
                    () -> tasks.setVariable(writeReport.getId(), "facilitatorId", "teacher6"))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(authorizations.isUserAuthorized("teacher6", List.of("teachers"), Permissions.UPDATE,
                Resources.TASK, writeReport.getId())).isFalse();
        assertThat(authorizations.isUserAuthorized("teacher6", List.of("teachers"),
                TaskPermissions.TASK_WORK, Resources.TASK, writeReport.getId())).isTrue();
    }

    @Test
    void aCompletionCarriesItsFormsFieldsOnlyNamingTheOneRefused() {
        Task writeReport = task("teacher6", "WriteReport");

        Answer refused = http().post("teacher6", "/engine-rest/task/" + writeReport.getId() + "/submit-form",
                Map.of("variables", Map.of("facilitatorId", text("teacher6"), "reportTitle", text("A title"))));
        Answer throughTheWebapp = http().post("teacher6", "/engine-rest/engine/default/task/" + writeReport.getId()
                + "/complete", Map.of("variables", Map.of("projectId", Map.of("value", 1, "type", "Long"))));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("facilitatorId");
        assertThat(refused.body().path("detail").asText()).contains("facilitatorId", "devwork-write-report");
        assertThat(throughTheWebapp.status()).as(throughTheWebapp.text()).isEqualTo(400);
        assertThat(throughTheWebapp.body().path("field").asText()).isEqualTo("projectId");
        assertThat(tasks.createTaskQuery().taskId(writeReport.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariable(writeReport.getProcessInstanceId(), "facilitatorId")).isEqualTo("facilitator2");
    }

    /**
     * The form check runs before the engine's authorization check (issue 13), so its refusal must not tell anyone
     * else about the task: a stranger sending a wrong field gets the engine's answer, the same as for a right one.
     */
    @Test
    void aStrangersWrongFieldGetsTheEnginesAnswerNotTheForms() {
        Task writeReport = task("teacher6", "WriteReport");
        String path = "/engine-rest/task/" + writeReport.getId() + "/submit-form";

        Answer wrongField = http().post("teacher5", path,
                Map.of("variables", Map.of("facilitatorId", text("teacher5"))));
        Answer rightFields = http().post("teacher5", path, Map.of("variables", Map.of()));

        assertThat(wrongField.status()).as(wrongField.text()).isIn(403, 404).isEqualTo(rightFields.status());
        assertThat(wrongField.text()).doesNotContain("facilitatorId", "devwork-write-report");
        assertThat(tasks.createTaskQuery().taskId(writeReport.getId()).count()).isEqualTo(1);
    }

    // ---- case 2: a teacher writes into another circle's project by naming its projectId

    @Test
    void teacherCannotPointTheirTaskAtAnotherTeachersProject() {
        Task clarify = task("teacher3", "ClarifyValues");
        Object otherProject = runtime.getVariable(runtime.createProcessInstanceQuery()
                .processDefinitionKey("development-work").variableValueEquals("teacherId", "teacher5").singleResult()
                .getId(), "projectId");

        Answer put = http().call("PUT", "teacher3", "/engine-rest/task/" + clarify.getId() + "/variables/projectId",
                Map.of("value", otherProject, "type", "Long"));
        Answer extra = http().post("teacher3", "/engine-rest/task/" + clarify.getId() + "/submit-form",
                Map.of("variables", Map.of("projectId", Map.of("value", otherProject, "type", "Long"),
                        "valuesStatement", text("teacher3 writes into teacher5's project"))));

        assertThat(put.status()).as(put.text()).isEqualTo(403);
        assertThat(extra.status()).as(extra.text()).isEqualTo(400);
        assertThat(extra.body().path("field").asText()).isEqualTo("projectId");
        assertThat(tasks.createTaskQuery().taskId(clarify.getId()).count()).isEqualTo(1);
        assertThat(runtime.getVariable(clarify.getProcessInstanceId(), "projectId")).isNotEqualTo(otherProject);
    }

    // ---- case 3: any signed-in user changes, runs, suspends or deletes engine jobs

    @Test
    void jobsAndTheEnginesMachineryAreForAdministratorsOnly() {
        Job cleanup = history.findHistoryCleanupJobs().stream().findFirst()
                .orElseGet(() -> history.cleanUpHistoryAsync(false));
        String job = "/engine-rest/job/" + cleanup.getId();
        for (String user : new String[] {"teacher1", "facilitator1", "assessor1", "staff1"}) {
            assertThat(http().call("PUT", user, job + "/retries", Map.of("retries", 0)).status()).isEqualTo(403);
            assertThat(http().call("PUT", user, job + "/suspended", Map.of("suspended", true)).status())
                    .isEqualTo(403);
            assertThat(http().call("PUT", user, job + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0000"))
                    .status()).isEqualTo(403);
            assertThat(http().post(user, job + "/execute", Map.of()).status()).isEqualTo(403);
            assertThat(http().call("DELETE", user, job, null).status()).isEqualTo(403);
            for (String list : new String[] {"/engine-rest/job", "/engine-rest/job-definition", "/engine-rest/incident",
                    "/engine-rest/batch", "/engine-rest/deployment", "/engine-rest/authorization",
                    "/engine-rest/tenant", "/engine-rest/history/job-log"}) {
                Answer answer = http().get(user, list);
                assertThat(answer.status()).as(user + " " + list + ": " + answer.text()).isEqualTo(403);
            }
        }
        Job after = management.createJobQuery().jobId(cleanup.getId()).singleResult();
        assertThat(after).isNotNull();
        assertThat(after.getRetries()).isEqualTo(cleanup.getRetries());
        assertThat(after.isSuspended()).isFalse();
        assertThat(http().get("admin", "/engine-rest/job").status()).isEqualTo(200);
        assertThat(http().get("admin", "/engine-rest/authorization/count").status()).isEqualTo(200);
    }

    @Test
    void messagesSignalsConditionsAndModificationsAreForAdministratorsOnly() {
        Task writeReport = task("teacher6", "WriteReport");
        String instance = "/engine-rest/process-instance/" + writeReport.getProcessInstanceId();

        assertThat(http().post("teacher6", "/engine-rest/message", Map.of("messageName", "PostersReady")).status())
                .isEqualTo(403);
        assertThat(http().post("teacher6", "/engine-rest/signal", Map.of("name", "anything")).status())
                .isEqualTo(403);
        assertThat(http().post("teacher6", "/engine-rest/condition", Map.of()).status()).isEqualTo(403);
        assertThat(http().post("teacher6", instance + "/modification", Map.of("instructions", List.of(
                Map.of("type", "startBeforeActivity", "activityId", "PublishReport")))).status()).isEqualTo(403);
        assertThat(http().call("PUT", "teacher6", instance + "/suspended", Map.of("suspended", true)).status())
                .isEqualTo(403);
        assertThat(http().call("DELETE", "teacher6", instance, null).status()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(writeReport.getProcessInstanceId())
                .active().count()).isEqualTo(1);
    }

    // ---- case 4: users hold ALL on their own engine account

    @Test
    void nobodyAdministersTheirOwnAccount() {
        Answer deleted = http().call("DELETE", "staff1", "/engine-rest/user/staff1", null);
        Answer profile = http().call("PUT", "teacher1", "/engine-rest/user/teacher1/profile",
                Map.of("id", "teacher1", "firstName", "<img src=x onerror=alert(1)>"));
        Answer password = http().call("PUT", "teacher1", "/engine-rest/user/teacher1/credentials",
                Map.of("password", "other", "authenticatedUserPassword", "demo"));
        Answer group = http().post("teacher1", "/engine-rest/group/admins/members/teacher1", null);

        for (Answer refused : new Answer[] {deleted, profile, password, group}) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(403);
        }
        assertThat(identity.createUserQuery().userId("staff1").count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("teacher1").singleResult().getFirstName())
                .doesNotContain("<img");
        assertThat(identity.createUserQuery().memberOfGroup("admins").userId("teacher1").count()).isZero();
        for (String user : new String[] {"teacher1", "staff1", "facilitator1", "assessor1"}) {
            assertThat(authorizations.isUserAuthorized(user, List.of(), Permissions.DELETE, Resources.USER,
                    user)).as(user + " deletes themselves").isFalse();
            assertThat(authorizations.isUserAuthorized(user, List.of(), Permissions.UPDATE, Resources.USER,
                    user)).as(user + " edits themselves").isFalse();
        }
        assertThat(http().get("teacher1", "/engine-rest/user/teacher1/profile").status()).isEqualTo(200);
    }

    // ---- case 5: a review can be handed to a teacher

    @Test
    void aReviewIsHandedOnlyToAnotherFacilitator() {
        Task review = task("facilitator1", "ReviewPlan");
        String base = "/engine-rest/task/" + review.getId();

        Answer toTeacher = http().post("facilitator1", base + "/assignee", Map.of("userId", "teacher2"));
        Answer toAssessor = http().post("facilitator1", base + "/assignee", Map.of("userId", "assessor1"));
        Answer delegated = http().post("facilitator1", base + "/delegate", Map.of("userId", "teacher2"));
        Answer candidate = http().post("facilitator1", base + "/identity-links",
                Map.of("userId", "teacher2", "type", "candidate"));
        Answer byTheTeacher = http().post("teacher1", base + "/claim", Map.of("userId", "teacher1"));

        assertThat(toTeacher.status()).as(toTeacher.text()).isEqualTo(400);
        assertThat(toTeacher.body().path("message").asText() + toTeacher.body().path("detail").asText())
                .contains("teacher2");
        assertThat(toAssessor.status()).as(toAssessor.text()).isEqualTo(400);
        assertThat(delegated.status()).as(delegated.text()).isEqualTo(400);
        assertThat(candidate.status()).as(candidate.text()).isEqualTo(403);
        assertThat(byTheTeacher.status()).as(byTheTeacher.text()).isIn(403, 404);
        Task after = tasks.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(after.getAssignee()).isEqualTo("facilitator1");
        assertThat(tasks.getIdentityLinksForTask(review.getId())).noneMatch(link -> "teacher2".equals(link.getUserId()));

        Answer toPeer = http().post("facilitator1", base + "/assignee", Map.of("userId", "facilitator2"));
        assertThat(toPeer.status()).as(toPeer.text()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
                .isEqualTo("facilitator2");
        Answer back = http().post("facilitator2", base + "/assignee", Map.of("userId", "facilitator1"));
        assertThat(back.status()).as(back.text()).isEqualTo(204);
    }

    @Test
    void teacherCannotHandTheirWorkToSomeoneElse() {
        Task clarify = task("teacher3", "ClarifyValues");

        Answer handed = http().post("teacher3", "/engine-rest/task/" + clarify.getId() + "/assignee",
                Map.of("userId", "teacher1"));
        Answer delegated = http().post("teacher3", "/engine-rest/task/" + clarify.getId() + "/delegate",
                Map.of("userId", "teacher1"));

        assertThat(handed.status()).as(handed.text()).isEqualTo(403);
        assertThat(delegated.status()).as(delegated.text()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(clarify.getId()).singleResult().getAssignee()).isEqualTo("teacher3");
    }

    // ---- case 9: form values of the wrong type

    @Test
    void formValuesOfTheWrongTypeOrOutOfBoundsAreRefused() {
        Task clarify = task("teacher3", "ClarifyValues");
        Task lead = task("teacher2", "LeadDevelopmentWork");
        String clarifyForm = "/engine-rest/task/" + clarify.getId() + "/submit-form";
        String leadForm = "/engine-rest/task/" + lead.getId() + "/submit-form";

        Map<String, Map<String, Object>> wrong = Map.of(
                "an object", Map.of("value", "{\"a\":1}", "type", "Object", "valueInfo",
                        Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json")),
                "a file", Map.of("value", "aGVsbG8=", "type", "File", "valueInfo", Map.of("filename", "x.txt")),
                "bytes", Map.of("value", "aGVsbG8=", "type", "Bytes"),
                "a number", Map.of("value", 42, "type", "Long"),
                "NUL characters", text("\u0000".repeat(3000)));
        wrong.forEach((what, value) -> {
            Answer refused = http().post("teacher3", clarifyForm,
                    Map.of("variables", Map.of("valuesStatement", value)));
            assertThat(refused.status()).as(what + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.body().path("field").asText()).isEqualTo("valuesStatement");
        });
        Answer yearOne000 = http().post("teacher2", leadForm, Map.of("variables", Map.of(
                "entryDate", text("1000-01-01"), "entryKind", text("OBSERVATION"),
                "entryDescription", text("A lesson observed"))));
        Answer unknownKind = http().post("teacher2", leadForm, Map.of("variables", Map.of(
                "entryKind", text("<script>"))));
        assertThat(yearOne000.status()).as(yearOne000.text()).isEqualTo(400);
        assertThat(yearOne000.body().path("field").asText()).isEqualTo("entryDate");
        assertThat(unknownKind.status()).as(unknownKind.text()).isEqualTo(400);
        assertThat(tasks.createTaskQuery().taskId(clarify.getId()).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(lead.getId()).count()).isEqualTo(1);

        Task concern = task("teacher5", "IdentifyConcern");
        Answer fine = http().post("teacher5", "/engine-rest/task/" + concern.getId() + "/submit-form",
                Map.of("variables", Map.of("concern", text("Pupils in the combined class rarely read aloud."))));
        assertThat(fine.status()).as(fine.text()).isEqualTo(204);
    }
}
