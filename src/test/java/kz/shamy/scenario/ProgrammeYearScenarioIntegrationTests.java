package kz.shamy.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import kz.shamy.EmbeddedPostgresLifecycle;
import kz.shamy.MovableClock;
import kz.shamy.scenario.ShamyHttp.Answer;
import kz.shamy.workflow.LongTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole programme year on a real PostgreSQL, through the HTTP APIs only, each step done by the person who
 * would do it with their own credentials: the induction workshop, the circle with its sessions, three
 * teachers' development work, the network event, and certification with a second assessor. The job
 * executor runs the asynchronous steps (publishing, closing the cycle); timers that would be due weeks
 * later are run by the administrator, and the weeks until the workshop pass on Shamy's clock. The database is read only to pick up ids and check the records.
 */
// declared before @SpringBootTest, so JUnit calls it before Spring's extension and stops PostgreSQL after the
// context (closed after the class by @DirtiesContext) has let go of it
@ExtendWith(EmbeddedPostgresLifecycle.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "shamy.demo-data=true", "shamy.demo-circles=false"})
@ActiveProfiles("postgres")
@Import(MovableClock.Configuration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProgrammeYearScenarioIntegrationTests {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final List<String> TEACHERS = List.of("teacher1", "teacher2", "teacher3");
    private static final String ACADEMIC_YEAR = "2026-2027";

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;

    private ShamyHttp http;
    private JdbcTemplate db;
    /** Every process instance the scenario starts, to check at the end that none still runs. */
    private final List<String> instances = new ArrayList<>();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresLifecycle.register(registry);
    }

    /** workflow.engine.MissingEngineIndexes: the subtask look-up of every completion has its index on PostgreSQL. */
    @Test
    void theEnginesTasksAreIndexedByParentTask() {
        JdbcTemplate database = new JdbcTemplate(EmbeddedPostgresLifecycle.database());
        assertThat(database.queryForList("select indexdef from pg_indexes where indexname = 'shamy_idx_task_parent'",
                String.class)).singleElement().asString().containsIgnoringCase("act_ru_task")
                .containsIgnoringCase("parent_task_id_");
    }

    @Test
    void aProgrammeYearFromInductionWorkshopToCertificates() {
        http = new ShamyHttp(port);
        db = new JdbcTemplate(EmbeddedPostgresLifecycle.database());
        Long region = db.queryForObject("select id from shamy.region where code = 'TUR'", Long.class);
        Long school = db.queryForObject("select school_id from shamy.person where username = 'facilitator1'",
                Long.class);

        inductionWorkshopMakesTheTeachersEligible(region);
        StartedCircle circle = facilitatorStartsTheCircleAndRecordsTwoSessions(school);
        teachersDoTheirDevelopmentWork();
        facilitatorRecordsTheNetworkEventAndTheCycleCloses(circle);
        universityCertifiesTheTeachers(circle.id());
        await("circle cycle ended with its teachers' certifications").atMost(Duration.ofSeconds(60))
                .until(() -> ended(circle.instance()));
        recordsShowTheYear(circle.id());
    }

    // --- 1. induction workshop -------------------------------------------------------------------------

    private void inductionWorkshopMakesTheTeachersEligible(Long region) {
        LocalDate day1 = LocalDate.now(ALMATY).plusDays(30);
        Answer planned = http.post("admin", "/api/workshops", Map.of("regionId", region,
                "venue", "Sairam district methodological centre", "day1", day1.toString(),
                "day2", day1.plusDays(1).toString(), "registrationDeadline", day1.minusDays(10).toString(),
                "invitees", List.of("teacher1", "teacher2", "teacher3", "facilitator1")));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        long workshopId = planned.body().path("workshopId").asLong();
        String workshop = planned.body().path("processInstanceId").asText();
        instances.add(workshop);

        for (String invitee : List.of("teacher1", "teacher2", "teacher3", "facilitator1")) {
            http.completeOk(invitee, "AnswerInvitation", workshop, Map.of("answer", "CONFIRMED"));
        }
        String day1Task = http.claimGroupTask("admin", "RecordAttendanceDay1", workshop);
        Answer tooEarly = http.complete("admin", day1Task,
                Map.of("attendedDay1", "teacher1, teacher2, teacher3, facilitator1"));
        assertThat(tooEarly.status()).as("attendance before the workshop").isEqualTo(400);
        assertThat(tooEarly.body().path("message").asText()).startsWith("attendance for day 1 can be recorded from");
        // the weeks until the workshop pass
        clock.advance(Duration.between(clock.instant(), day1.atTime(9, 0).atZone(ALMATY).toInstant()));
        assertThat(http.complete("admin", day1Task,
                Map.of("attendedDay1", "teacher1, teacher2, teacher3, facilitator1")).status()).isEqualTo(204);
        clock.advance(Duration.ofDays(1));
        String day2Task = http.claimGroupTask("admin", "RecordAttendanceDay2", workshop);
        assertThat(http.complete("admin", day2Task, Map.of("attendedDay2", "teacher1, teacher2, teacher3"))
                .status()).isEqualTo(204);
        storedAsJson(workshop, "invitees", "attendees");

        http.completeOk("teacher1", "GiveFeedback", workshop,
                Map.of("feedbackRating", 5, "feedbackText", "The circle method is clear now"));
        http.completeOk("teacher2", "GiveFeedback", workshop, Map.of("feedbackRating", 4));
        // teacher3 and facilitator1 let the feedback period pass
        http.executeTimer("admin", workshop, "Timer_FeedbackExpired");
        assertThat(ended(workshop)).as("workshop closed").isTrue();

        JsonNode details = http.get("admin", "/api/workshops/" + workshopId).body();
        assertThat(details.path("status").asText()).isEqualTo("CLOSED");
        Map<String, JsonNode> invitations = StreamSupport.stream(details.path("invitations").spliterator(), false)
                .collect(Collectors.toMap(i -> i.path("username").asText(), i -> i));
        assertThat(invitations.entrySet().stream().filter(e -> e.getValue().path("eligibleForCircles").asBoolean())
                .map(Map.Entry::getKey)).containsExactlyInAnyOrderElementsOf(TEACHERS);
        assertThat(invitations.get("teacher1").path("feedbackRating").asInt()).isEqualTo(5);
        assertThat(invitations.get("teacher3").path("feedbackRating").isNull()).isTrue();
    }

    // --- 2. circle and its sessions -----------------------------------------------------------------------

    private record StartedCircle(Long id, String instance) {
    }

    private StartedCircle facilitatorStartsTheCircleAndRecordsTwoSessions(Long school) {
        Answer started = http.post("facilitator1", "/api/circles", Map.of("schoolId", school,
                "facilitatorId", "facilitator1", "academicYear", ACADEMIC_YEAR, "teacherIds", TEACHERS));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String circle = started.body().path("processInstanceId").asText();
        instances.add(circle);
        storedAsJson(circle, "teacherIds");
        Answer runtime = http.put("admin", "/engine-rest/process-instance/" + circle + "/variables/gadget",
                Map.of("value", "{}", "type", "Object", "valueInfo", Map.of("objectTypeName", "java.lang.Runtime",
                        "serializationDataFormat", "application/json")));
        assertThat(runtime.status()).as("JSON naming java.lang.Runtime: " + runtime.text()).isEqualTo(400);
        assertThat(http.get("admin", "/engine-rest/process-instance/" + circle + "/variables/gadget").status())
                .as("nothing stored").isEqualTo(404);

        for (int session = 1; session <= 2; session++) {
            http.executeTimer("admin", circle, "Timer_SessionDue");
            http.completeOk("facilitator1", "RecordCircleSession", circle, Map.of(
                    "sessionDate", LocalDate.now(ALMATY).minusDays(3 - session).toString(),
                    "sessionAttendees", "teacher1, teacher2",
                    "sessionNotes", "Session " + session + ": sharing concerns; teacher3 absent"));
        }
        return new StartedCircle(started.body().path("circleId").asLong(), circle);
    }

    private int networkEventTasks() {
        Answer answer = http.get("facilitator1", "/engine-rest/task?assignee=facilitator1"
                + "&taskDefinitionKey=RecordNetworkEvent");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body().size();
    }

    // --- 3. development work ------------------------------------------------------------------------------

    private void teachersDoTheirDevelopmentWork() {
        Map<String, String> work = new HashMap<>();
        for (String teacher : TEACHERS) {
            work.put(teacher, http.openTask(teacher, "ClarifyValues", null).path("processInstanceId").asText());
        }
        instances.addAll(work.values());

        anotherTeacherCannotCompleteTeacher1sTask(work.get("teacher1"));

        for (String teacher : TEACHERS) {
            String instance = work.get(teacher);
            http.completeOk(teacher, "ClarifyValues", instance,
                    Map.of("valuesStatement", "Every child in a village school deserves to be heard."));
            http.completeOk(teacher, "IdentifyConcern", instance,
                    Map.of("concern", "Pupils rarely ask questions in lessons."));
            http.completeOk(teacher, "ReflectOnCulture", instance,
                    Map.of("cultureReflection", "Colleagues share materials but seldom observe each other."));
            http.completeOk(teacher, "ConsultColleagues", instance,
                    Map.of("consultationNotes", "The principal supports lesson study on Fridays."));
            http.completeOk(teacher, "DraftPlan", instance, Map.of("planText", "Plan of " + teacher + ", round 1"));
        }

        // long texts as Tasklist submits them, recorded in the history (FULL) as submitted form fields
        String comments = LongTexts.kazakhText(3000);
        Answer returned = http.submitForm("facilitator1",
                http.taskOf("facilitator1", "ReviewPlan", work.get("teacher2")),
                Map.of("planApproved", false, "planReviewComments", comments));
        assertThat(returned.status()).as(returned.text()).isEqualTo(204);
        String revisedPlan = LongTexts.kazakhText(5000);
        Answer revised = http.submitForm("teacher2", http.taskOf("teacher2", "DraftPlan", work.get("teacher2")),
                Map.of("planText", revisedPlan));
        assertThat(revised.status()).as(revised.text()).isEqualTo(204);
        assertThat(db.queryForObject("select r.comments from shamy.plan_review r join shamy.development_project p"
                + " on p.id = r.project_id where p.teacher = 'teacher2'", String.class)).isEqualTo(comments);
        assertThat(db.queryForObject("select arguments from shamy.notification where recipient = 'teacher2'"
                + " and message_key = 'notify.devwork.planReturned'", String.class)).endsWith(comments);
        assertThat(db.queryForObject("select d.plan from shamy.development_plan d join shamy.development_project p"
                + " on p.id = d.project_id where p.teacher = 'teacher2' and d.round = 2", String.class))
                .isEqualTo(revisedPlan);
        for (String teacher : TEACHERS) {
            http.completeOk("facilitator1", "ReviewPlan", work.get(teacher), Map.of("planApproved", true));
        }
        assertThat(db.queryForList("select r.decision from shamy.plan_review r join shamy.development_project p"
                + " on p.id = r.project_id where p.teacher = 'teacher2' order by r.round", String.class))
                .containsExactly("RETURNED", "APPROVED");

        for (String teacher : TEACHERS) {
            String instance = work.get(teacher);
            http.completeOk(teacher, "LeadDevelopmentWork", instance, Map.of("addAnotherEntry", true,
                    "entryDate", LocalDate.now(ALMATY).minusDays(20).toString(), "entryKind", "OBSERVATION",
                    "entryDescription", "Observed a colleague's lesson: 4 pupil questions"));
            http.completeOk(teacher, "LeadDevelopmentWork", instance, Map.of("workDone", true,
                    "entryDate", LocalDate.now(ALMATY).minusDays(5).toString(), "entryKind", "STUDENT_WORK",
                    "entryDescription", "Pupils' question journals"));
            assertThat(networkEventTasks()).as("the network event waits for every teacher's poster").isZero();
            http.completeOk(teacher, "PresentPoster", instance, Map.of("posterTitle", "Questions " + teacher));
        }
        assertThat(networkEventTasks()).as("the last poster opens the network event").isEqualTo(1);

        aTooShortSummaryIsRefusedAndTheReportStaysOpen(work.get("teacher1"));

        // one teacher at a time: publishing runs as a job that also ends the call in the circle's instance
        String summary = LongTexts.kazakhWords(1100);
        String body = LongTexts.kazakhText(100_000);
        for (String teacher : TEACHERS) {
            String instance = work.get(teacher);
            if (teacher.equals("teacher1")) {
                Map<String, Object> fullLength = new HashMap<>(report(teacher, 600));
                fullLength.putAll(Map.of("reportSummary", summary, "reportBody", body));
                Answer submitted = http.submitForm(teacher, http.taskOf(teacher, "WriteReport", instance), fullLength);
                assertThat(submitted.status()).as("a full-length report: " + submitted.text()).isEqualTo(204);
            } else {
                http.completeOk(teacher, "WriteReport", instance, report(teacher, 600));
            }
            http.completeOk("facilitator1", "SignOffReport", instance, Map.of("reportApproved", true));
            // the job executor publishes asynchronously
            await(teacher + "'s report published").atMost(Duration.ofSeconds(60)).until(() -> ended(instance));
        }
        assertThat(db.queryForMap("select v.summary, v.body from shamy.report_version v join shamy.project_report r"
                + " on r.id = v.report_id where r.author = 'teacher1'")).containsEntry("summary", summary)
                .containsEntry("body", body);
        assertThat(db.queryForList("select teacher from shamy.development_project where stage = 'COMPLETED'",
                String.class)).containsExactlyInAnyOrderElementsOf(TEACHERS);
    }

    private void anotherTeacherCannotCompleteTeacher1sTask(String teacher1Work) {
        String task = http.taskOf("teacher1", "ClarifyValues", teacher1Work);

        Answer refused = http.complete("teacher2", task, Map.of("valuesStatement", "Not mine to write"));

        assertThat(refused.status()).as(refused.text()).isIn(403, 404);
        assertThat(http.taskOf("teacher1", "ClarifyValues", teacher1Work)).isEqualTo(task);
        assertThat(db.queryForObject("select values_statement from shamy.development_project"
                + " where teacher = 'teacher1'", String.class)).isNull();
    }

    private void aTooShortSummaryIsRefusedAndTheReportStaysOpen(String teacher1Work) {
        String task = http.taskOf("teacher1", "WriteReport", teacher1Work);

        Answer refused = http.complete("teacher1", task, report("teacher1", 120));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().path("message").asText()).contains("120 words");
        assertThat(http.taskOf("teacher1", "WriteReport", teacher1Work)).isEqualTo(task);
        assertThat(db.queryForObject("select count(*) from shamy.project_report r join shamy.development_project p"
                + " on p.id = r.project_id where p.teacher = 'teacher1'", Long.class)).isZero();
    }

    private static Map<String, Object> report(String teacher, int summaryWords) {
        String summary = IntStream.range(0, summaryWords).mapToObj(i -> "word" + (i % 50))
                .collect(Collectors.joining(" "));
        return Map.of("reportTitle", "Pupils' questions in a village school (" + teacher + ")",
                "reportLanguage", "kk", "reportSubject", "Mathematics", "academicYear", ACADEMIC_YEAR,
                "reportSummary", summary, "reportBody", "What I did, what I found and what changed.",
                "reportKeywords", "questions, lesson study");
    }

    // --- 4. network event; the cycle closes by itself ----------------------------------------------------------

    private void facilitatorRecordsTheNetworkEventAndTheCycleCloses(StartedCircle circle) {
        http.completeOk("facilitator1", "RecordNetworkEvent", circle.instance(), Map.of(
                "eventDate", LocalDate.now(ALMATY).minusDays(1).toString(), "eventPlace", "Shymkent, regional hub",
                "presenters", "teacher1, teacher2, teacher3"));

        await("circle closed").atMost(Duration.ofSeconds(60)).until(() -> "CLOSED".equals(
                http.get("facilitator1", "/api/circles/" + circle.id()).body().path("status").asText()));
        JsonNode view = http.get("facilitator1", "/api/circles/" + circle.id()).body();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("sessions").size()).isEqualTo(2);
        assertThat(StreamSupport.stream(view.path("members").spliterator(), false)
                .map(m -> m.path("teacherId").asText() + ":" + m.path("attendanceRatio").asDouble()
                        + ":" + m.path("projectCompleted").asBoolean() + ":" + m.path("presentedPoster").asBoolean()))
                .containsExactly("teacher1:1.0:true:true", "teacher2:1.0:true:true", "teacher3:0.0:true:true");
        assertThat(StreamSupport.stream(view.path("networkEvents").get(0).path("posters").spliterator(), false)
                .map(p -> p.path("teacherId").asText() + ": " + p.path("posterTitle").asText()))
                .as("the titles the teachers gave in PresentPoster").containsExactly("teacher1: Questions teacher1",
                        "teacher2: Questions teacher2", "teacher3: Questions teacher3");
        // each certification is a child of the circle's instance (Cockpit shows the link), which waits for them
        Answer children = http.get("admin", "/engine-rest/process-instance?processDefinitionKey=certification-approval"
                + "&superProcessInstance=" + circle.instance());
        assertThat(children.status()).as(children.text()).isEqualTo(200);
        List<String> childIds = StreamSupport.stream(children.body().spliterator(), false)
                .map(child -> child.path("id").asText()).toList();
        for (String teacher : TEACHERS) {
            assertThat(childIds).as("certification of " + teacher).contains(certificationOf(circle.id(), teacher));
        }
        assertThat(childIds).hasSize(TEACHERS.size());
        assertThat(ended(circle.instance())).isFalse();
    }

    // --- 5. certification -------------------------------------------------------------------------------

    private void universityCertifiesTheTeachers(Long circleId) {
        String teacher3 = certificationOf(circleId, "teacher3");
        http.completeOk("teacher3", "ReviewMissingItems", teacher3, Map.of("missingItemsSeen", true));
        assertThat(ended(teacher3)).isTrue();
        assertThat(db.queryForObject("select missing from shamy.certification_case where teacher = 'teacher3'",
                String.class)).contains("attendance");

        String teacher1 = certificationOf(circleId, "teacher1");
        http.completeOk("facilitator1", "EndorsePortfolio", teacher1, Map.of("endorsement", "endorse"));
        String score1 = http.claimGroupTask("assessor1", "ScorePortfolio", teacher1);
        assertThat(http.complete("assessor1", score1, rubric(4, 4, 3, 4, 3, 4, null)).status()).isEqualTo(204);
        assertThat(ended(teacher1)).as("teacher1 passes at once").isTrue();

        String teacher2 = certificationOf(circleId, "teacher2");
        http.completeOk("facilitator1", "EndorsePortfolio", teacher2, Map.of("endorsement", "endorse"));
        String score2 = http.claimGroupTask("assessor1", "ScorePortfolio", teacher2);
        // strong total with one weak criterion: the outcome is moderate
        assertThat(http.complete("assessor1", score2, rubric(4, 4, 4, 1, 4, 4, null)).status()).isEqualTo(204);
        firstAssessorCannotModerate(teacher2);
        String moderation = http.claimGroupTask("assessor2", "ModeratePortfolio", teacher2);
        assertThat(http.complete("assessor2", moderation, rubric(4, 3, 4, 2, 4, 4, "pass")).status())
                .isEqualTo(204);
        assertThat(ended(teacher2)).as("teacher2 passes after moderation").isTrue();
    }

    private void firstAssessorCannotModerate(String certification) {
        String task = http.groupTaskOf("assessor2", "ModeratePortfolio", certification);

        Answer claim = http.claim("assessor1", task);
        Answer complete = http.complete("assessor1", task, rubric(4, 4, 4, 4, 4, 4, "pass"));

        assertThat(claim.status()).as(claim.text()).isEqualTo(400);
        assertThat(claim.body().path("message").asText()).contains("may not also moderate");
        assertThat(complete.status()).as(complete.text()).isEqualTo(400);
        JsonNode still = http.get("assessor2", "/engine-rest/task/" + task).body();
        assertThat(still.path("id").asText()).isEqualTo(task);
        assertThat(still.path("assignee").isNull()).as("still unclaimed: " + still).isTrue();
    }

    private static Map<String, Object> rubric(int problem, int collaboration, int leadership, int evidence,
            int reflection, int impact, String moderationDecision) {
        Map<String, Object> scores = new HashMap<>(Map.of("scoreProblemIdentification", problem,
                "scoreCollaboration", collaboration, "scoreLeadershipOfChange", leadership,
                "scoreUseOfEvidence", evidence, "scoreReflection", reflection, "scoreImpactOnLearning", impact,
                "rubricComment", "Evidence of pupils' questions is convincing"));
        if (moderationDecision != null) {
            scores.put("moderationDecision", moderationDecision);
        }
        return scores;
    }

    // --- 6. what the records show -------------------------------------------------------------------------

    private void recordsShowTheYear(Long circleId) {
        Map<String, Object> first = db.queryForMap(
                "select number, verification_code from shamy.certificate where teacher = 'teacher1'");
        Map<String, Object> second = db.queryForMap(
                "select number, verification_code from shamy.certificate where teacher = 'teacher2'");
        assertThat(first.get("number")).isNotEqualTo(second.get("number"));
        assertThat(db.queryForObject("select count(*) from shamy.certificate", Long.class)).isEqualTo(2);
        assertThat(db.queryForObject("select count(*) from information_schema.tables where table_schema = 'shamy'"
                + " and table_name = 'certificate'", Long.class)).as("Shamy's table in PostgreSQL").isEqualTo(1);

        Answer verified = http.get("staff1", "/api/certificates/verify?number=" + first.get("number") + "&code="
                + first.get("verification_code"));
        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        assertThat(verified.body().path("teacher").asText()).isEqualTo("teacher1");
        Answer wrongCode = http.get("staff1", "/api/certificates/verify?number=" + first.get("number")
                + "&code=WRONG0000");
        assertThat(wrongCode.status()).as(wrongCode.text()).isEqualTo(404);

        assertThat(db.queryForList("select teacher || ':' || status from shamy.certification_case"
                + " where circle_id = ?", String.class, circleId))
                .containsExactlyInAnyOrder("teacher1:CERTIFIED", "teacher2:CERTIFIED", "teacher3:NOT_ELIGIBLE");
        assertThat(db.queryForObject("select stage from shamy.development_project where teacher = 'teacher1'",
                String.class)).isEqualTo("COMPLETED");

        Answer running = http.get("admin",
                "/engine-rest/process-instance?processInstanceIds=" + String.join(",", instances));
        assertThat(running.status()).as(running.text()).isEqualTo(200);
        assertThat(running.body().size()).as("still running: " + running.text()).isZero();
        assertThat(instances).hasSize(1 + 1 + 3 + 3);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    /** Each variable is stored as JSON, as the engine REST API shows it without reading it. */
    private void storedAsJson(String processInstanceId, String... names) {
        Answer variables = http.get("admin", "/engine-rest/process-instance/" + processInstanceId
                + "/variables?deserializeValues=false");
        assertThat(variables.status()).as(variables.text()).isEqualTo(200);
        for (String name : names) {
            assertThat(variables.body().path(name).path("valueInfo").path("serializationDataFormat").asText())
                    .as(name + ": " + variables.body().path(name)).isEqualTo("application/json");
        }
    }

    /** The running certification-approval instance of the teacher in the circle, remembered for the end. */
    private String certificationOf(Long circleId, String teacher) {
        Answer found = http.get("admin", "/engine-rest/process-instance?processDefinitionKey=certification-approval"
                + "&businessKey=circle-" + circleId + "/" + teacher);
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        assertThat(found.body().size()).as("certification of " + teacher + ": " + found.text()).isEqualTo(1);
        String id = found.body().get(0).path("id").asText();
        if (!instances.contains(id)) {
            instances.add(id);
        }
        return id;
    }

    /** Whether the process instance has run to an end event, as the administrator sees it in the history. */
    private boolean ended(String processInstanceId) {
        Answer history = http.get("admin", "/engine-rest/history/process-instance/" + processInstanceId);
        assertThat(history.status()).as(history.text()).isEqualTo(200);
        String state = history.body().path("state").asText();
        assertThat(state).as(processInstanceId + " neither cancelled nor failed").isIn("ACTIVE", "COMPLETED");
        return "COMPLETED".equals(state);
    }
}
