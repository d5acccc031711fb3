package kz.shamy.demo;

import kz.shamy.demo.internal.DemoCircles;
import kz.shamy.demo.internal.DemoData;
import kz.shamy.demo.internal.DemoReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shamy.circle.Circle;
import kz.shamy.circle.Circles;
import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.internal.EvidenceEntry;
import kz.shamy.circle.internal.EvidenceKind;
import kz.shamy.circle.internal.PlanReview;
import kz.shamy.programme.Workshops;
import kz.shamy.circle.ProjectStage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default's demo: a running circle year whose teachers stand at different stages. */
// a context of its own: what it checks is the demo data exactly as seeded (counts included), before any test
// works on it
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo1;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "camunda.bpm.job-execution.enabled=false"})
class DemoDataIntegrationTests {

    @Autowired DemoData demoData;
    @Autowired DemoCircles demoCircles;
    @Autowired DevelopmentProjects projects;
    @Autowired Circles circles;
    @Autowired Workshops workshops;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    @Test
    void teachersStandAtTheirScriptedStagesInShamysTables() {
        assertThat(projects.stageOf("teacher1")).contains(ProjectStage.PLAN_REVIEW);
        assertThat(projects.stageOf("teacher2")).contains(ProjectStage.LEAD_WORK);
        assertThat(projects.stageOf("teacher3")).contains(ProjectStage.CLARIFY_VALUES);
        assertThat(projects.stageOf("teacher4")).isEmpty();
        assertThat(projects.stageOf("teacher5")).contains(ProjectStage.IDENTIFY_CONCERN);
        assertThat(projects.stageOf("teacher6")).contains(ProjectStage.WRITE_REPORT);
    }

    @Test
    void eachTeacherHasTheOpenTaskOfTheirStage() {
        assertThat(taskKeysOf("teacher1")).isEmpty();
        assertThat(taskKeysOf("teacher2")).containsExactly("LeadDevelopmentWork");
        assertThat(taskKeysOf("teacher3")).containsExactly("ClarifyValues");
        assertThat(taskKeysOf("teacher4")).containsExactly("AnswerInvitation");
        assertThat(taskKeysOf("teacher5")).containsExactly("IdentifyConcern");
        assertThat(taskKeysOf("teacher6")).containsExactly("WriteReport");
        assertThat(tasks.createTaskQuery().taskAssignee("facilitator1").taskDefinitionKey("ReviewPlan").count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskAssignee("teacher4").taskDefinitionKey("AnswerInvitation").count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskAssignee("facilitator2").taskDefinitionKey("ReviewPlan").count())
                .isZero();
    }

    @Test
    void twoCirclesAreOpenWithTheirTeachers() {
        Circle sairam = circles.circleOf("teacher1").orElseThrow();
        Circle urzhar = circles.circleOf("teacher5").orElseThrow();
        assertThat(sairam.id()).isNotEqualTo(urzhar.id());
        assertThat(List.of(sairam, urzhar)).allSatisfy(circle -> {
            assertThat(circle.isOpen()).isTrue();
            assertThat(circle.academicYear())
                    .isEqualTo(DemoCircles.academicYear(LocalDate.now(DemoCircles.SCHOOL_ZONE)));
        });
        assertThat(sairam.facilitatorId()).isEqualTo("facilitator1");
        assertThat(urzhar.facilitatorId()).isEqualTo("facilitator2");
        assertThat(circles.teachersOf(sairam.id())).containsExactly("teacher1", "teacher2", "teacher3");
        assertThat(circles.teachersOf(urzhar.id())).containsExactly("teacher5", "teacher6");
        assertThat(circles.circleOf("teacher4")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from shamy.circle where status = 'OPEN'", Long.class))
                .isEqualTo(2);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("circle-cycle").count()).isEqualTo(2);
    }

    @Test
    void theCirclesTeachersAttendedAnInductionWorkshopAndTheInviteeHasNotYet() {
        assertThat(workshops.notEligibleForCircles(List.of("teacher1", "teacher2", "teacher3", "teacher5",
                "teacher6", "teacher4"))).containsExactly("teacher4");
        assertThat(jdbc.queryForObject("select count(*) from shamy.workshop where status = 'CLOSED'"
                + " and process_instance_id is null and day2 < current_date", Long.class)).isEqualTo(2);
    }

    @Test
    void neitherCirclesNetworkEventIsOpenWhileATeachersPosterIsNotReady() {
        // teacher6 has prepared a poster, teacher5 of the same circle has not; nobody in the other circle has
        assertThat(project("teacher6").posterTitle()).isNotBlank();
        assertThat(tasks.createTaskQuery().taskDefinitionKey("RecordNetworkEvent").count()).isZero();
        assertThat(runtime.createExecutionQuery().activityId("Wait_PostersReady").count()).isEqualTo(2);
    }

    @Test
    void theSessionIsRecordedSoAttendanceShows() {
        Long sairam = circles.circleOf("teacher1").orElseThrow().id();
        Long urzhar = circles.circleOf("teacher5").orElseThrow().id();
        assertThat(circles.attendanceRatio("teacher1", sairam)).isEqualTo(1.0);
        assertThat(circles.attendanceRatio("teacher2", sairam)).isEqualTo(1.0);
        // teacher3 came to the first of the three sessions only (the facilitator's dashboard alerts about her)
        assertThat(circles.attendanceRatio("teacher3", sairam)).isEqualTo(1.0 / 3);
        assertThat(jdbc.queryForObject("select count(*) from shamy.circle_session where circle_id = ?", Long.class,
                urzhar)).isZero();
        assertThat(tasks.createTaskQuery().taskDefinitionKey("RecordCircleSession").count()).isZero();
        assertThat(management.createJobQuery().activityId("Timer_SessionDue").count())
                .as("the session timer comes round again").isEqualTo(2);
    }

    @Test
    void contentWentThroughTheListenersIntoTheTables() {
        DevelopmentProject teacher2 = project("teacher2");
        assertThat(projects.plans(teacher2.id())).hasSize(2);
        assertThat(projects.planReviews(teacher2.id())).extracting(PlanReview::getDecision, PlanReview::getReviewer)
                .containsExactly(tuple(PlanReview.Decision.RETURNED, "facilitator1"),
                        tuple(PlanReview.Decision.APPROVED, "facilitator1"));
        assertThat(projects.evidence(teacher2.id())).extracting(EvidenceEntry::getKind)
                .containsExactly(EvidenceKind.OBSERVATION);
        assertThat(teacher2.concern()).contains("Lesson Study");

        DevelopmentProject teacher1 = project("teacher1");
        assertThat(teacher1.valuesStatement()).containsPattern("[әғқңөұүһі]");
        assertThat(projects.plans(teacher1.id())).hasSize(1);
        assertThat(projects.planReviews(teacher1.id())).isEmpty();

        assertThat(project("teacher5").valuesStatement()).containsPattern("[äğıñöşūü]")
                .doesNotContainPattern("\\p{IsCyrillic}");
        assertThat(project("teacher5").concern()).isNull();
        assertThat(project("teacher3").valuesStatement()).isNull();

        DevelopmentProject teacher6 = project("teacher6");
        assertThat(projects.evidence(teacher6.id())).hasSize(3);
        assertThat(teacher6.posterTitle()).startsWith("Science from a bottle");
        assertThat(teacher6.posterPresentedOn()).as("presented once the network event is recorded").isNull();

        assertThat(runtime.createVariableInstanceQuery().variableNameIn("valuesStatement", "concern", "planText",
                "planReviewComments", "entryDescription", "posterTitle", "sessionNotes").count())
                .as("content lives in Shamy's tables, not in the processes").isZero();
    }

    @Test
    void theArchiveOfEarlierReportsIsImportedAndPublished() {
        long lines = DemoReports.archive().lines().filter(line -> !line.isBlank()).count();
        assertThat(lines).isGreaterThanOrEqualTo(72);
        assertThat(jdbc.queryForObject("select count(*) from shamy.project_report where status = 'PUBLISHED'",
                Long.class)).isEqualTo(lines);
        assertThat(jdbc.queryForObject("select count(distinct language) from shamy.project_report", Long.class))
                .isEqualTo(3);
    }

    @Test
    void academicYearRunsFromSeptember() {
        assertThat(DemoCircles.academicYear(LocalDate.of(2026, 11, 23))).isEqualTo("2026-2027");
        assertThat(DemoCircles.academicYear(LocalDate.of(2027, 3, 1))).isEqualTo("2026-2027");
        assertThat(DemoCircles.academicYear(LocalDate.of(2027, 9, 1))).isEqualTo("2027-2028");
    }

    @Test
    void seedingAgainChangesNothing() {
        Map<String, Long> before = snapshot();
        assertThat(before).containsEntry("CIRCLE", 2L).containsEntry("DEVELOPMENT_PLAN", 4L)
                .containsEntry("EVIDENCE_ENTRY", 4L).containsEntry("WORKSHOP", 3L).containsEntry("WORKSHOP_INVITATION", 8L);

        demoData.onEngineReady(null);
        demoCircles.seed();

        assertThat(snapshot()).isEqualTo(before);
    }

    private DevelopmentProject project(String teacher) {
        return projects.projectsOfCircle(circles.circleOf(teacher).orElseThrow().id()).stream()
                .filter(p -> p.teacher().equals(teacher)).findFirst().orElseThrow();
    }

    private List<String> taskKeysOf(String user) {
        return tasks.createTaskQuery().taskAssignee(user).list().stream().map(t -> t.getTaskDefinitionKey()).toList();
    }

    /** Row counts of every Shamy table, and the engine's instances, tasks, jobs and task history. */
    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'SHAMY' order by table_name", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from shamy.\"" + table + "\"", Long.class));
        }
        counts.put("process instances", runtime.createProcessInstanceQuery().count());
        counts.put("tasks", tasks.createTaskQuery().count());
        counts.put("jobs", management.createJobQuery().count());
        counts.put("task history", history.createHistoricTaskInstanceQuery().count());
        return counts;
    }
}
