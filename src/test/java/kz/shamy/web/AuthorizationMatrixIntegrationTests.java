package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.reports.AttachmentFixtures;
import kz.shamy.certification.Portfolio;
import kz.shamy.certification.PortfolioSource;
import kz.shamy.circle.Circles;
import kz.shamy.identity.KeycloakServer;
import kz.shamy.identity.WithSharedKeycloak;
import kz.shamy.identity.KeycloakTokens;
import kz.shamy.identity.People;
import kz.shamy.programme.Schools;
import kz.shamy.programme.WorkshopPlan;
import kz.shamy.programme.Workshops;
import kz.shamy.reports.internal.ArchiveRecord;
import kz.shamy.reports.ReportDraft;
import kz.shamy.reports.Reports;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Who may do what, against the real Keycloak: every role (one demo person each, plus nobody) against every
 * Shamy endpoint and the engine REST resources that matter, with both the allowed and the denied cells. The
 * matrix is data ({@link #matrix()}); the test prints it as a Markdown table and writes it to
 * {@code target/authorization-matrix.md}, from which docs/SECURITY.md copies it. The demo circles give real
 * tasks and instances; a workshop, reports and two certification cases are added on top.
 */
@ShamyIntegrationTest
@WithSharedKeycloak
// random order: every test sets up the tasks it changes, so none depends on another having run (or not)
@TestMethodOrder(MethodOrderer.Random.class)
class AuthorizationMatrixIntegrationTests {

    /** The matrix's columns: one demo person per role, and nobody. */
    enum Who {
        TEACHER("teacher1"), FACILITATOR("facilitator1"), ASSESSOR("assessor1"), ADMIN("admin"),
        STAFF("staff1"), ANONYMOUS(null);

        final String username;

        Who(String username) {
            this.username = username;
        }

        String column() {
            return name().toLowerCase() + (username == null ? "" : " (" + username + ")");
        }
    }

    /** One request of a row; the body may name the caller (claims do). */
    record Call(String method, String path, String contentType, Function<String, byte[]> body) {
    }

    /**
     * What one role gets: the status, whether that is access or a refusal, and for lists whether the row's
     * subject is in the answer (allowed: it is; denied: it is not). {@code null}: not exercised.
     */
    record Expect(int status, boolean allowed) {

        /** "200" allowed, "x403" denied, "." not exercised. */
        static Expect parse(String token) {
            if (token.equals(".")) {
                return null;
            }
            boolean denied = token.startsWith("x");
            return new Expect(Integer.parseInt(denied ? token.substring(1) : token), !denied);
        }

        String cell() {
            return (allowed ? "✅ " : "⛔ ") + status;
        }
    }

    /** A row: a resource, the request, what each role gets, and the id a list must (not) show. */
    record Row(String resource, Call call, Map<Who, Expect> expected, String subject, boolean changes) {
    }

    @TestConfiguration
    static class CompletePortfolios {

        /** Certification's portfolio facts, complete for everyone, so cases reach scoring and moderation. */
        @Bean
        @Primary
        PortfolioSource completePortfolios() {
            return (teacherId, circleId, projectId) -> new Portfolio(1.0, Portfolio.ALL_STAGES, true, true);
        }
    }

    private static final KeycloakServer keycloak = KeycloakServer.shared();
    private static final KeycloakTokens tokens = new KeycloakTokens(keycloak);
    private static final Map<String, Token> signedIn = new ConcurrentHashMap<>();
    private static final ObjectMapper json = new ObjectMapper();
    private static Fixtures fixtures;

    private record Token(String value, Instant at) {
    }

    /** The ids the matrix names, created once for the whole class. */
    private record Fixtures(Long ownCircle, Long otherCircle, Long workshop, String ownInvitation,
            String otherInvitation, String reviewPlan, String teacher1Instance, String teacher2Instance, String otherCircleInstance,
            Long ownDraft, Long otherDraft, Long published, Long ownCase, Long otherCase,
            String moderationScoredByAssessor1, String moderationScoredByAssessor2, String clarifyValues,
            String historyCleanupJob) {
    }

    @LocalServerPort
    int port;

    @Autowired TaskService taskService;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired AuthorizationService authorizations;
    @Autowired Circles circles;
    @Autowired Workshops workshops;
    @Autowired Schools schools;
    @Autowired People people;
    @Autowired Reports reports;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void fixtures() {
        if (fixtures != null) {
            return;
        }
        Long sairam = circles.circleOf("teacher1").orElseThrow().id();
        Long urzhar = circles.circleOf("teacher5").orElseThrow().id();
        LocalDate day1 = LocalDate.now().plusDays(30);
        Long workshop = workshops.plan(new WorkshopPlan(null, schools.regionByCode("TUR").orElseThrow().id(),
                "Sairam village school No. 12", day1, day1.plusDays(1), day1.minusDays(7),
                List.of("teacher1", "teacher2"))).workshopId();
        Task reviewPlan = taskService.createTaskQuery().taskDefinitionKey("ReviewPlan").taskAssignee("facilitator1")
                .singleResult();
        Task teacher2Work = taskService.createTaskQuery().taskDefinitionKey("LeadDevelopmentWork")
                .taskAssignee("teacher2").singleResult();
        Long ownDraft = draft(990_001L, "teacher1", "facilitator1");
        Long otherDraft = draft(990_002L, "teacher6", "facilitator2");
        Long published = reports.importArchive(List.of(new ArchiveRecord("Reading corners in small schools",
                "Gulnara Abenova", "Sairam village school No. 12", "Turkistan region", "Reading", "2022-2023", "en",
                "pupils read together every morning ".repeat(120), "What we did.", List.of("reading"))), "admin")
                .get(0);
        String[] own = certificationAwaitingModeration("teacher1", "facilitator1", sairam, 990_001L, "assessor1");
        String[] other = certificationAwaitingModeration("teacher5", "facilitator2", urzhar, 990_003L, "assessor2");
        fixtures = new Fixtures(sairam, urzhar, workshop, invitationOf("teacher1"), invitationOf("teacher2"),
                reviewPlan.getId(), reviewPlan.getProcessInstanceId(), teacher2Work.getProcessInstanceId(),
                runtime.createProcessInstanceQuery().processDefinitionKey("development-work")
                        .variableValueEquals("teacherId", "teacher6").singleResult().getId(),
                ownDraft, otherDraft, published, Long.valueOf(own[0]), Long.valueOf(other[0]), own[1], other[1],
                taskService.createTaskQuery().taskDefinitionKey("ClarifyValues").taskAssignee("teacher3")
                        .singleResult().getId(),
                history.findHistoryCleanupJobs().stream().findFirst()
                        .orElseGet(() -> history.cleanUpHistoryAsync(false)).getId());
    }

    // ---- fixes of issue 3 item 3, each with its denial

    @Test
    void facilitatorDelegatesAReviewToAnotherFacilitatorOnlyAndGetsItBack() throws Exception {
        // a review of teacher1's plan of this test's own: the matrix completes the fixtures' one
        String review = anotherTaskAt(fixtures.teacher1Instance(), "ReviewPlan", "facilitator1");

        // a review goes to a peer only: not to the teacher whose plan it is, not to another teacher
        assertThat(post("facilitator1", "/engine-rest/task/" + review + "/delegate", "{\"userId\": \"teacher1\"}")
                .statusCode()).isEqualTo(400);
        assertThat(post("facilitator1", "/engine-rest/task/" + review + "/delegate", "{\"userId\": \"teacher2\"}")
                .statusCode()).isEqualTo(400);
        assertThat(taskService.createTaskQuery().taskId(review).singleResult().getAssignee()).isEqualTo("facilitator1");
        assertThat(get("teacher1", "/engine-rest/task/" + review).statusCode()).isEqualTo(404);

        HttpResponse<String> delegated = post("facilitator1", "/engine-rest/task/" + review + "/delegate",
                "{\"userId\": \"facilitator2\"}");
        assertThat(delegated.statusCode()).as(delegated.body()).isEqualTo(204);
        Task task = taskService.createTaskQuery().taskId(review).singleResult();
        assertThat(task.getOwner()).isEqualTo("facilitator1");
        assertThat(task.getAssignee()).isEqualTo("facilitator2");
        assertThat(task.getDelegationState()).isEqualTo(DelegationState.PENDING);
        assertThat(get("facilitator2", "/engine-rest/task/" + review).statusCode()).isEqualTo(200);
        // the owner keeps sight of the task it delegated
        assertThat(get("facilitator1", "/engine-rest/task/" + review).statusCode()).isEqualTo(200);

        assertThat(post("facilitator2", "/engine-rest/task/" + review + "/resolve", "{}").statusCode()).isEqualTo(204);

        task = taskService.createTaskQuery().taskId(review).singleResult();
        assertThat(task.getAssignee()).isEqualTo("facilitator1");
        assertThat(task.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
        assertThat(get("facilitator2", "/engine-rest/task/" + review).statusCode()).isEqualTo(404);
        assertThat(post("facilitator2", "/engine-rest/task/" + review + "/complete", "{}").statusCode())
                .isEqualTo(403);
        assertThat(get("facilitator1", "/engine-rest/task/" + review).statusCode()).isEqualTo(200);

        // the task's history shows who delegated it to whom, and that it came back
        JsonNode operations = json.readTree(get("admin", "/engine-rest/history/user-operation?taskId=" + review)
                .body());
        assertThat(operations.findValuesAsText("operationType")).contains("Delegate", "Resolve");
        JsonNode links = json.readTree(get("admin", "/engine-rest/history/identity-link-log?taskId=" + review)
                .body());
        List<String> assignees = new ArrayList<>();
        links.forEach(link -> {
            if ("assignee".equals(link.path("type").asText()) && "add".equals(link.path("operationType").asText())) {
                assignees.add(link.path("userId").asText());
            }
        });
        assertThat(assignees).contains("facilitator2", "facilitator1");
    }

    @Test
    void reassignedTaskIsClosedToItsFormerAssignee() {
        String task = anotherTaskAt(taskService.createTaskQuery().taskId(fixtures.clarifyValues()).singleResult()
                .getProcessInstanceId(), "ClarifyValues", "teacher3");
        assertThat(post("admin", "/engine-rest/task/" + task + "/assignee", "{\"userId\": \"teacher1\"}").statusCode())
                .isEqualTo(204);
        assertThat(get("teacher3", "/engine-rest/task/" + task).statusCode()).isEqualTo(404);
        assertThat(get("teacher1", "/engine-rest/task/" + task).statusCode()).isEqualTo(200);

        assertThat(post("admin", "/engine-rest/task/" + task + "/assignee", "{\"userId\": \"teacher2\"}").statusCode())
                .isEqualTo(204);

        assertThat(get("teacher1", "/engine-rest/task/" + task).statusCode()).isEqualTo(404);
        assertThat(post("teacher1", "/engine-rest/task/" + task + "/complete",
                variables(Map.of("valuesStatement", "I believe every child can read."))).statusCode()).isEqualTo(403);
        assertThat(get("teacher2", "/engine-rest/task/" + task).statusCode()).isEqualTo(200);
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task).list())
                .extracting(a -> a.getUserId()).containsOnly("teacher2");
    }

    @Test
    void staffHoldNoEngineRights() throws Exception {
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("staff").count()).isZero();
        assertThat(authorizations.createAuthorizationQuery().userIdIn("staff1").count()).isZero();
        assertThat(authorizations.isUserAuthorized("staff1", List.of("staff"), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isFalse();
        assertThat(authorizations.isUserAuthorized("teacher1", List.of("teachers"), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(json.readTree(get("staff1", "/engine-rest/process-definition/count").body()).get("count").asLong())
                .isZero();
        assertThat(json.readTree(get("staff1", "/engine-rest/filter").body())).isEmpty();
        assertThat(json.readTree(get("staff1", "/engine-rest/task").body())).isEmpty();
        assertThat(json.readTree(get("staff1", "/engine-rest/history/process-instance").body())).isEmpty();
    }

    // ---- the matrix

    @Test
    void everyRoleGetsExactlyTheCellsOfTheMatrix() throws IOException {
        List<Row> rows = matrix();
        List<String> wrong = new ArrayList<>();
        for (boolean changing : List.of(false, true)) {
            for (Row row : rows) {
                if (row.changes() == changing) {
                    run(row, wrong);
                }
            }
        }
        String table = table(rows);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/authorization-matrix.md"), table);
        assertThat(wrong).as("cells whose behaviour differs from the matrix").isEmpty();
    }

    private List<Row> matrix() {
        Fixtures f = fixtures;
        String pi2 = f.teacher2Instance();
        List<Row> rows = new ArrayList<>();
        //             resource, request,                                  teacher fac.  assessor admin staff anon
        // Shamy's /api
        rows.add(row("GET /api/circles/{own circle}", get("/api/circles/" + f.ownCircle()),
                "200 200 x403 200 x403 x401"));
        rows.add(row("GET /api/circles/{another facilitator's circle}", get("/api/circles/" + f.otherCircle()),
                "x403 x403 x403 200 x403 x401"));
        rows.add(row("POST /api/circles (own circle; teachers already in one)", json("POST", "/api/circles",
                circleRequest("facilitator1")), "x403 400 x403 400 x403 x401"));
        rows.add(row("POST /api/circles (for another facilitator)", json("POST", "/api/circles",
                circleRequest("facilitator2")), "x403 x403 x403 400 x403 x401"));
        rows.add(row("GET /api/workshops/{id}", get("/api/workshops/" + f.workshop()),
                "x403 x403 x403 200 x403 x401"));
        rows.add(row("GET /api/certification-cases/{own case}", get("/api/certification-cases/" + f.ownCase()),
                "200 200 200 200 x403 x401"));
        rows.add(row("GET /api/certification-cases/{another circle's case}",
                get("/api/certification-cases/" + f.otherCase()), "x403 x403 200 200 x403 x401"));
        rows.add(row("GET /api/certificates/verify (unknown number)",
                get("/api/certificates/verify?number=SHM-2000-000000&code=NOPE"), "404 404 404 404 404 x401"));
        rows.add(row("GET /api/search?q=reading", get("/api/search?q=reading"), "200 200 200 200 200 x401"));
        rows.add(row("GET /api/modeler/models", get("/api/modeler/models"), "x403 x403 x403 200 x403 x401"));
        rows.add(row("GET /api/modeler/models/bpmn/development-work/versions/1/file",
                get("/api/modeler/models/bpmn/development-work/versions/1/file"), "x403 x403 x403 200 x403 x401"));
        rows.add(row("GET /api/modeler/drafts/{unknown}", get("/api/modeler/drafts/999999999"),
                "x403 x403 x403 404 x403 x401"));
        rows.add(row("GET /api/modeler/processes/development-work/migration (no source)",
                get("/api/modeler/processes/development-work/migration"), "x403 x403 x403 400 x403 x401"));
        rows.add(row("GET /api/modeler/migrations/{unknown}", get("/api/modeler/migrations/no-such-batch"),
                "x403 x403 x403 404 x403 x401"));
        rows.add(row("GET /api/search/reindex/{job}", get("/api/search/reindex/no-such-job"),
                "x403 x403 x403 404 x403 x401"));
        rows.add(row("GET /api/search/outbox/failed", get("/api/search/outbox/failed"),
                "x403 x403 x403 200 x403 x401"));
        rows.add(row("POST /api/search/outbox/failed/{unknown}/retry",
                json("POST", "/api/search/outbox/failed/999999999/retry", ""), "x403 x403 x403 404 x403 x401"));
        rows.add(row("GET /api/reports/{own draft}/attachments", get("/api/reports/" + f.ownDraft() + "/attachments"),
                "200 200 x403 200 x403 x401"));
        rows.add(row("GET /api/reports/{another circle's draft}/attachments",
                get("/api/reports/" + f.otherDraft() + "/attachments"), "x403 x403 x403 200 x403 x401"));
        rows.add(row("GET /api/reports/{published}/attachments",
                get("/api/reports/" + f.published() + "/attachments"), "200 200 200 200 200 x401"));
        rows.add(row("GET /api/reports/{own draft}/similar", get("/api/reports/" + f.ownDraft() + "/similar"),
                "200 200 x404 x404 x404 x401"));
        rows.add(row("GET /api/reports/{another circle's draft}/similar",
                get("/api/reports/" + f.otherDraft() + "/similar"), "x404 x404 x404 x404 x404 x401"));
        rows.add(row("GET /api/reports/{published}/similar", get("/api/reports/" + f.published() + "/similar"),
                "200 200 200 200 200 x401"));
        // the engine's REST API
        rows.add(listRow("GET /engine-rest/task (sees teacher1's task)", get("/engine-rest/task"), f.ownInvitation(),
                "200 x200 x200 200 x200 x401"));
        rows.add(listRow("GET /engine-rest/task (sees facilitator1's review)", get("/engine-rest/task"),
                f.reviewPlan(), "x200 200 x200 200 x200 x401"));
        rows.add(listRow("GET /engine-rest/task (sees the assessors' group task)", get("/engine-rest/task"),
                f.moderationScoredByAssessor2(), "x200 x200 200 200 x200 x401"));
        rows.add(row("GET /engine-rest/task/{teacher1's task}", get("/engine-rest/task/" + f.ownInvitation()),
                "200 x404 x404 200 x404 x401"));
        rows.add(row("GET /engine-rest/task/{another teacher's task}", get("/engine-rest/task/" + f.otherInvitation()),
                "x404 x404 x404 200 x404 x401"));
        rows.add(row("GET /engine-rest/task/{teacher1's task}/variables",
                get("/engine-rest/task/" + f.ownInvitation() + "/variables"), "200 x403 x403 200 x403 x401"));
        rows.add(row("GET /engine-rest/task/{review of teacher1's plan}", get("/engine-rest/task/" + f.reviewPlan()),
                "x404 200 x404 200 x404 x401"));
        // a process instance is read by the teacher it is about and their circle's facilitator (teacher2 is in
        // facilitator1's circle, teacher6 in facilitator2's)
        rows.add(listRow("GET /engine-rest/process-instance (sees teacher1's own)", get("/engine-rest/process-instance"),
                f.teacher1Instance(), "200 200 x200 200 x200 x401"));
        rows.add(listRow("GET /engine-rest/process-instance (sees teacher2's, same circle)",
                get("/engine-rest/process-instance"), pi2, "x200 200 x200 200 x200 x401"));
        rows.add(listRow("GET /engine-rest/process-instance (sees another circle's teacher's)",
                get("/engine-rest/process-instance"), f.otherCircleInstance(), "x200 x200 x200 200 x200 x401"));
        rows.add(row("GET /engine-rest/process-instance/{teacher1's own}/variables",
                get("/engine-rest/process-instance/" + f.teacher1Instance() + "/variables"),
                "x403 x403 x403 200 x403 x401"));
        rows.add(row("GET /engine-rest/process-instance/{teacher2's, same circle}/variables",
                get("/engine-rest/process-instance/" + pi2 + "/variables"), "x403 x403 x403 200 x403 x401"));
        rows.add(row("GET /engine-rest/process-instance/{another circle's teacher's}/variables",
                get("/engine-rest/process-instance/" + f.otherCircleInstance() + "/variables"),
                "x403 x403 x403 200 x403 x401"));
        rows.add(listRow("GET /engine-rest/history/process-instance", get("/engine-rest/history/process-instance"
                + "?processInstanceId=" + pi2), pi2, "x200 x200 x200 200 x200 x401"));
        // a task's holder reads the history of the tasks they held (historic instance permissions): facilitator1
        // reviewed teacher2's plan, so sees those review tasks; teacher1 held none of them
        rows.add(listRow("GET /engine-rest/history/task (teacher2's, whose plan facilitator1 reviewed)",
                get("/engine-rest/history/task?processInstanceId=" + pi2), pi2, "x200 200 x200 200 x200 x401"));
        rows.add(row("POST /engine-rest/task/{moderation, assessor1 scored}/complete (four eyes)",
                json("POST", "/engine-rest/task/" + f.moderationScoredByAssessor1() + "/complete",
                        variables(moderation())), "x403 x403 x400 . x403 x401"));
        // engine write paths (issue 9): a task's holder works it through its form; the machinery is admins'
        String ownTask = "/engine-rest/task/" + f.ownInvitation();
        rows.add(row("POST /engine-rest/task/{teacher1's task}/submit-form (a field its form lacks)",
                json("POST", ownTask + "/submit-form", variables(Map.of("answer", "CONFIRMED", "facilitatorId",
                        "teacher1"))), "400 x403 x403 400 x403 x401"));
        rows.add(row("PUT /engine-rest/task/{teacher1's task}/variables/{name}",
                json("PUT", ownTask + "/variables/facilitatorId", "{\"value\":\"teacher1\"}"),
                "x403 x403 x403 . x403 x401"));
        rows.add(row("PUT /engine-rest/task/{teacher3's task, same circle}/variables/{name}",
                json("PUT", "/engine-rest/task/" + f.clarifyValues() + "/variables/projectId", "{\"value\":1}"),
                "x403 x403 x403 . x403 x401"));
        rows.add(row("PUT /engine-rest/process-instance/{another circle's teacher's}/variables/{name}",
                json("PUT", "/engine-rest/process-instance/" + f.otherCircleInstance() + "/variables/facilitatorId",
                        "{\"value\":\"facilitator1\"}"), "x403 x403 x403 . x403 x401"));
        rows.add(row("POST /engine-rest/task/{review of teacher1's plan}/delegate (to a teacher)",
                json("POST", "/engine-rest/task/" + f.reviewPlan() + "/delegate", "{\"userId\":\"teacher1\"}"),
                "x403 400 x403 . x403 x401"));
        rows.add(row("POST /engine-rest/task/{teacher1's task}/localVariables",
                json("POST", ownTask + "/localVariables", "{\"modifications\":{\"x\":{\"value\":1}}}"),
                "x403 x403 x403 . x403 x401"));
        rows.add(row("PUT /engine-rest/process-instance/{teacher1's own}/variables/{name}",
                json("PUT", "/engine-rest/process-instance/" + f.teacher1Instance() + "/variables/facilitatorId",
                        "{\"value\":\"teacher1\"}"), "x403 x403 x403 . x403 x401"));
        rows.add(row("POST /engine-rest/task/{review of teacher1's plan}/assignee (to a teacher)",
                json("POST", "/engine-rest/task/" + f.reviewPlan() + "/assignee", "{\"userId\":\"teacher2\"}"),
                "x403 400 x403 . x403 x401"));
        rows.add(row("POST /engine-rest/task/{review of teacher1's plan}/identity-links (a teacher as candidate)",
                json("POST", "/engine-rest/task/" + f.reviewPlan() + "/identity-links",
                        "{\"userId\":\"teacher2\",\"type\":\"candidate\"}"), "x403 x403 x403 . x403 x401"));
        rows.add(row("POST /engine-rest/task/{teacher1's task}/assignee (to another teacher)",
                json("POST", ownTask + "/assignee", "{\"userId\":\"teacher2\"}"), "x403 x403 x403 . x403 x401"));
        for (String machinery : List.of("job", "job-definition", "incident", "batch", "deployment", "authorization",
                "tenant", "history/job-log")) {
            rows.add(row("GET /engine-rest/" + machinery, get("/engine-rest/" + machinery),
                    "x403 x403 x403 200 x403 x401"));
        }
        rows.add(row("PUT /engine-rest/job/{history cleanup}/retries", json("PUT", "/engine-rest/job/"
                + f.historyCleanupJob() + "/retries", "{\"retries\":3}"), "x403 x403 x403 204 x403 x401"));
        rows.add(row("POST /engine-rest/job/{history cleanup}/execute", json("POST", "/engine-rest/job/"
                + f.historyCleanupJob() + "/execute", ""), "x403 x403 x403 . x403 x401"));
        rows.add(row("DELETE /engine-rest/job/{history cleanup}", json("DELETE", "/engine-rest/job/"
                + f.historyCleanupJob(), ""), "x403 x403 x403 . x403 x401"));
        rows.add(row("PUT /engine-rest/user/teacher1/profile (teacher1's own)", json("PUT",
                "/engine-rest/user/teacher1/profile", "{\"id\":\"teacher1\",\"firstName\":\"<b>x</b>\"}"),
                "x403 x403 x403 . x403 x401"));
        rows.add(row("DELETE /engine-rest/user/staff1 (staff1's own)", json("DELETE", "/engine-rest/user/staff1", ""),
                "x403 x403 x403 . x403 x401"));
        rows.add(row("PUT /engine-rest/group/admins/members/{someone}", json("PUT",
                "/engine-rest/group/admins/members/teacher1", ""), "x403 x403 x403 . x403 x401"));
        rows.add(row("POST /engine-rest/authorization/create", json("POST", "/engine-rest/authorization/create",
                "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"teacher1\",\"resourceType\":0,"
                        + "\"resourceId\":\"*\"}"), "x403 x403 x403 . x403 x401"));
        rows.add(row("POST /engine-rest/message (correlate)", json("POST", "/engine-rest/message",
                "{\"messageName\":\"NoSuchMessage\"}"), "x403 x403 x403 400 x403 x401"));
        rows.add(row("POST /engine-rest/process-instance/{teacher1's own}/modification", json("POST",
                "/engine-rest/process-instance/" + f.teacher1Instance() + "/modification",
                "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"ReviewPlan\"}]}"),
                "x403 x403 x403 . x403 x401"));
        rows.add(row("PUT /engine-rest/process-instance/{teacher1's own}/suspended", json("PUT",
                "/engine-rest/process-instance/" + f.teacher1Instance() + "/suspended", "{\"suspended\":true}"),
                "x403 x403 x403 . x403 x401"));
        // rows whose allowed cells change state: run after all the others, refusals first
        rows.add(changing(row("POST /engine-rest/task/{another teacher's task}/complete",
                json("POST", "/engine-rest/task/" + f.otherInvitation() + "/complete",
                        variables(Map.of("answer", "CONFIRMED"))), "x403 x403 x403 204 x403 x401")));
        rows.add(changing(row("POST /engine-rest/task/{teacher1's task}/complete",
                json("POST", "/engine-rest/task/" + f.ownInvitation() + "/complete",
                        variables(Map.of("answer", "CONFIRMED"))), "204 x403 x403 . x403 x401")));
        rows.add(changing(row("POST /engine-rest/task/{review of teacher1's plan}/complete (approve)",
                json("POST", "/engine-rest/task/" + f.reviewPlan() + "/complete",
                        variables(Map.of("planApproved", true))), "x403 204 x403 . x403 x401")));
        rows.add(changing(row("POST /engine-rest/task/{moderation, assessor1 scored}/claim (four eyes)",
                claim(f.moderationScoredByAssessor1()), "x403 x403 x400 204 x403 x401")));
        rows.add(changing(row("POST /engine-rest/task/{moderation, assessor2 scored}/claim",
                claim(f.moderationScoredByAssessor2()), "x403 x403 204 . x403 x401")));
        rows.add(changing(row("POST /engine-rest/deployment/create", deployment(), "x403 x403 x403 200 x403 x401")));
        rows.add(changing(row("POST /api/workshops", json("POST", "/api/workshops", workshopPlan()),
                "x403 x403 x403 201 x403 x401")));
        rows.add(changing(row("POST /api/reports/{own draft}/attachments", attachment(f.ownDraft()),
                "201 201 x403 201 x403 x401")));
        rows.add(changing(row("POST /api/reports/{another circle's draft}/attachments", attachment(f.otherDraft()),
                "x403 x403 x403 201 x403 x401")));
        rows.add(changing(row("POST /api/reports/import", json("POST", "/api/reports/import", archiveLine()),
                "x403 x403 x403 200 x403 x401")));
        rows.add(changing(row("POST /api/search/reindex", json("POST", "/api/search/reindex", ""),
                "x403 x403 x403 202 x403 x401")));
        return rows;
    }

    private static Row row(String resource, Call call, String expected) {
        return new Row(resource, call, parse(expected), null, false);
    }

    private static Row listRow(String resource, Call call, String subject, String expected) {
        return new Row(resource, call, parse(expected), subject, false);
    }

    private static Row changing(Row row) {
        return new Row(row.resource(), row.call(), row.expected(), row.subject(), true);
    }

    private static Map<Who, Expect> parse(String expected) {
        String[] tokens = expected.trim().split("\\s+");
        assertThat(tokens).hasSize(Who.values().length);
        Map<Who, Expect> cells = new java.util.EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            cells.put(who, Expect.parse(tokens[who.ordinal()]));
        }
        return cells;
    }

    private void run(Row row, List<String> wrong) {
        List<Who> order = new ArrayList<>(row.expected().keySet());
        // refusals first, so an allowed cell that completes or claims the task cannot hide them
        order.sort((a, b) -> Boolean.compare(isSuccess(row.expected().get(a)), isSuccess(row.expected().get(b))));
        for (Who who : order) {
            Expect expect = row.expected().get(who);
            if (expect == null) {
                continue;
            }
            HttpResponse<String> response = send(who.username, row.call());
            String problem = null;
            if (response.statusCode() != expect.status()) {
                problem = "got " + response.statusCode() + " " + abbreviate(response.body());
            } else if (row.subject() != null && response.body().contains(row.subject()) != expect.allowed()) {
                problem = (expect.allowed() ? "does not show " : "shows ") + row.subject();
            }
            if (problem != null) {
                wrong.add(row.resource() + " as " + who.column() + ": expected " + expect.cell() + ", " + problem);
            }
        }
    }

    private static boolean isSuccess(Expect expect) {
        return expect != null && expect.status() < 300;
    }

    private static String table(List<Row> rows) {
        StringBuilder table = new StringBuilder("| Resource |");
        for (Who who : Who.values()) {
            table.append(' ').append(who.column()).append(" |");
        }
        table.append("\n|---|").append("---|".repeat(Who.values().length)).append('\n');
        int allowed = 0;
        int denied = 0;
        for (Row row : rows) {
            table.append("| `").append(row.resource().replace("|", "\\|")).append("` |");
            for (Who who : Who.values()) {
                Expect expect = row.expected().get(who);
                table.append(' ').append(expect == null ? "—" : expect.cell()).append(" |");
                if (expect != null) {
                    if (expect.allowed()) {
                        allowed++;
                    } else {
                        denied++;
                    }
                }
            }
            table.append('\n');
        }
        return table.append("\n").append(allowed + denied).append(" cells: ").append(allowed).append(" allowed, ")
                .append(denied).append(" denied. ✅ allowed, ⛔ denied (for lists: 200 without the row's item);"
                        + " — not exercised (the allowed cell before it used the task up).\n").toString();
    }

    // ---- requests

    private static Call get(String path) {
        return new Call("GET", path, null, caller -> null);
    }

    private static Call json(String method, String path, String body) {
        return new Call(method, path, "application/json", caller -> body.getBytes(StandardCharsets.UTF_8));
    }

    private static Call claim(String taskId) {
        return new Call("POST", "/engine-rest/task/" + taskId + "/claim", "application/json",
                caller -> ("{\"userId\": \"" + caller + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static final String BOUNDARY = "shamy-matrix-boundary";

    private static Call attachment(Long reportId) {
        byte[] body = multipart("file", "notes.pdf", "application/pdf", AttachmentFixtures.pdf("Pupils read together every morning."));
        return new Call("POST", "/api/reports/" + reportId + "/attachments",
                "multipart/form-data; boundary=" + BOUNDARY, caller -> body);
    }

    private static byte[] multipart(String name, String fileName, String type, byte[] content) {
        try (var out = new ByteArrayOutputStream()) {
            out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Call deployment() {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://shamy.kz/matrix">
                  <bpmn:process id="matrix-probe" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "matrix\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"probe.bpmn\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return new Call("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + BOUNDARY,
                caller -> body);
    }

    private static String circleRequest(String facilitator) {
        return """
                {"schoolId": 1, "facilitatorId": "%s", "academicYear": "2026-2027", "teacherIds": ["teacher1"]}
                """.formatted(facilitator);
    }

    private String workshopPlan() {
        LocalDate day1 = LocalDate.now().plusDays(40);
        return """
                {"regionId": %d, "venue": "Ordabasy secondary school", "day1": "%s", "day2": "%s",
                 "registrationDeadline": "%s", "invitees": ["teacher3"]}
                """.formatted(schools.regionByCode("TUR").orElseThrow().id(), day1, day1.plusDays(1),
                day1.minusDays(7));
    }

    private static String archiveLine() {
        return """
                [{"title": "Peer observation", "author": "Erlan Sadykov", "school": "Ordabasy secondary school",
                  "region": "Turkistan region", "subject": "Mathematics", "year": "2021-2022", "language": "en",
                  "summary": "%s", "body": "Body.", "keywords": ["lesson study"]}]
                """.formatted("teachers observed lessons together ".repeat(120).trim());
    }

    private static Map<String, Object> moderation() {
        Map<String, Object> variables = scores(4, 4, 4, 4, 4, 4);
        variables.put("moderationDecision", "pass");
        return variables;
    }

    private static Map<String, Object> scores(int... values) {
        String[] names = {"scoreProblemIdentification", "scoreCollaboration", "scoreLeadershipOfChange",
            "scoreUseOfEvidence", "scoreReflection", "scoreImpactOnLearning"};
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            variables.put(names[i], (long) values[i]);
        }
        variables.put("rubricComment", "clear evidence of pupils' progress");
        return variables;
    }

    private static String variables(Map<String, ?> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, value instanceof Long
                ? Map.of("value", value, "type", "Long") : Map.of("value", value)));
        try {
            return json.writeValueAsString(Map.of("variables", variables));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- fixtures

    private Long draft(long projectId, String teacher, String facilitator) {
        Long school = people.find(teacher).orElseThrow().schoolId();
        return reports.submitDraft(new ReportDraft(projectId, teacher, school, "Reading together", "en", "Reading",
                "2026-2027", "pupils read together ".repeat(200).trim(), "What we did.", "reading", facilitator))
                .reportId();
    }

    /** A case endorsed by its facilitator and scored by {@code assessor} so that it goes to moderation. */
    private String[] certificationAwaitingModeration(String teacher, String facilitator, Long circle, Long project,
            String assessor) {
        String pi = runtime.startProcessInstanceByKey("certification-approval", Map.of("teacherId", teacher,
                "facilitatorId", facilitator, "circleId", circle, "projectId", project)).getId();
        Task endorse = taskAt(pi, "EndorsePortfolio");
        taskService.complete(endorse.getId(), Map.of("endorsement", "endorse"));
        Task score = taskAt(pi, "ScorePortfolio");
        taskService.claim(score.getId(), assessor);
        // strong but uneven (lowest 1): the outcome decision sends it to moderation
        taskService.complete(score.getId(), scores(4, 4, 4, 1, 4, 4));
        Object caseId = history.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("caseId")
                .singleResult().getValue();
        return new String[] {caseId.toString(), taskAt(pi, "ModeratePortfolio").getId()};
    }

    /** A new token before {@code activityId} in the instance: a task of the calling test's own, for {@code holder}. */
    private String anotherTaskAt(String processInstanceId, String activityId, String holder) {
        Set<String> before = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(activityId).list().stream().map(Task::getId).collect(Collectors.toSet());
        runtime.createProcessInstanceModification(processInstanceId).startBeforeActivity(activityId).execute();
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId)
                .list().stream().filter(t -> !before.contains(t.getId())).findFirst().orElseThrow();
        assertThat(task.getAssignee()).as(activityId + " in " + processInstanceId).isEqualTo(holder);
        return task.getId();
    }

    private Task taskAt(String processInstanceId, String activityId) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId)
                .singleResult();
        assertThat(task).as(activityId + " in " + processInstanceId).isNotNull();
        return task;
    }

    /** The fixtures' workshop is the only one inviting teacher1 and teacher2 (the demo's invites teacher4). */
    private String invitationOf(String teacher) {
        return taskService.createTaskQuery().taskDefinitionKey("AnswerInvitation").taskAssignee(teacher)
                .singleResult().getId();
    }

    // ---- HTTP

    private HttpResponse<String> get(String user, String path) {
        return send(user, get(path));
    }

    private HttpResponse<String> post(String user, String path, String body) {
        return send(user, json("POST", path, body));
    }

    private HttpResponse<String> send(String user, Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                .timeout(Duration.ofSeconds(60));
        byte[] body = call.body().apply(user);
        request.method(call.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return Http.send(http, request.build());
    }

    /** Access tokens live five minutes in the realm: sign in again after two. */
    private static String token(String user) {
        return signedIn.compute(user, (name, token) -> token != null
                && token.at().isAfter(Instant.now().minusSeconds(120)) ? token
                : new Token(tokens.signIn(name, "demo"), Instant.now())).value();
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    /** HTTP without the checked exceptions. */
    private static final class Http {

        static HttpResponse<String> send(HttpClient client, HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
