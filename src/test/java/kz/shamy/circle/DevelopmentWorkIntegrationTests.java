package kz.shamy.circle;

import kz.shamy.circle.internal.EvidenceEntry;
import kz.shamy.circle.internal.EvidenceKind;
import kz.shamy.circle.internal.PlanReview;
import kz.shamy.circle.internal.ProjectPlan;
import kz.shamy.circle.internal.ProjectReviewEscalation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.notify.Notifier;
import kz.shamy.programme.Region;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import kz.shamy.reports.ProjectReport;
import kz.shamy.reports.ReportDecision;
import kz.shamy.reports.ReportStatus;
import kz.shamy.reports.ReportVersion;
import kz.shamy.reports.Reports;
import kz.shamy.workflow.ProcessStartRejected;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** development-work with the real beans and the real tables (H2, Flyway): what lands where, and what is refused. */
@EmptyShamyIntegrationTest
class DevelopmentWorkIntegrationTests {

    /** 800 words and over 5,000 characters: longer than the engine's 4,000-character text column. */
    static final String SUMMARY_800 = "pupils ".repeat(800);

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired DevelopmentProjects projects;
    @Autowired Reports reports;
    @Autowired People people;
    @Autowired Schools schools;
    @Autowired Notifier notifier;

    @Autowired JdbcTemplate jdbc;

    String teacher;
    String facilitator;
    String admin;
    School school;
    /** The teacher's circle, as a facilitator's start makes it; development-work binds its project to it. */
    Long circle;
    /** A circle the teacher is not in. */
    Long otherCircle;

    @BeforeEach
    void people() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Region region = schools.addRegion("region-" + suffix, "Region " + suffix);
        school = schools.addSchool(region, "School " + suffix, "District", "Village", "kk");
        teacher = people.add(new Person("teacher-" + suffix, "Aigerim " + suffix, Role.TEACHER, school.id(),
                null)).username();
        facilitator = people.add(new Person("facilitator-" + suffix, "Facilitator " + suffix, Role.FACILITATOR,
                null, null)).username();
        admin = people.add(new Person("admin-" + suffix, "Admin " + suffix, Role.ADMIN, null, null)).username();
        circle = circleOf(facilitator);
        jdbc.update("insert into shamy.circle_membership (circle_id, teacher_id, project_completed) values (?, ?,"
                + " false)", circle, teacher);
        otherCircle = circleOf(facilitator);
    }

    private Long circleOf(String facilitatorId) {
        return jdbc.queryForObject("select id from final table (insert into shamy.circle (school_id, facilitator_id,"
                + " academic_year, status, started_at) values (?, ?, '2026-2027', 'OPEN', current_timestamp))",
                Long.class, school.id(), facilitatorId);
    }

    @Test
    void contentLandsInTheTablesAndTheStageIsReadableAtEachStep() {
        ProcessInstance pi = start();
        Long projectId = (Long) runtime.getVariable(pi.getId(), "projectId");
        DevelopmentProject opened = projects.project(projectId);
        assertThat(opened.teacher()).isEqualTo(teacher);
        assertThat(opened.facilitator()).isEqualTo(facilitator);
        assertThat(opened.circleId()).isEqualTo(circle);
        assertThat(opened.schoolId()).isEqualTo(school.id());
        assertThat(opened.processInstanceId()).isEqualTo(pi.getId());
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.CLARIFY_VALUES);

        complete(pi, "ClarifyValues", Map.of("valuesStatement", "Every child can learn to read."));
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.IDENTIFY_CONCERN);
        complete(pi, "IdentifyConcern", Map.of("concern", "Pupils in grade 3 read slowly."));
        complete(pi, "ReflectOnCulture", Map.of("cultureReflection", "Colleagues share lessons rarely."));
        complete(pi, "ConsultColleagues", Map.of("consultationNotes", "The principal gives us one hour a week."));
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.DRAFT_PLAN);
        assertThat(projects.stagesCompleted(projectId)).isEqualTo(4);

        DevelopmentProject project = projects.project(projectId);
        assertThat(project.valuesStatement()).isEqualTo("Every child can learn to read.");
        assertThat(project.concern()).isEqualTo("Pupils in grade 3 read slowly.");
        assertThat(project.cultureReflection()).isEqualTo("Colleagues share lessons rarely.");
        assertThat(project.consultationNotes()).isEqualTo("The principal gives us one hour a week.");
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("valuesStatement", "concern",
                "cultureReflection", "consultationNotes");

        complete(pi, "DraftPlan", Map.of("planText", "Plan, round 1"));
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.PLAN_REVIEW);
        complete(pi, "ReviewPlan", Map.of("planApproved", true));
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.LEAD_WORK);

        complete(pi, "LeadDevelopmentWork", entry("2025-10-01", "OBSERVATION", "Observed a reading lesson.",
                true, false));
        complete(pi, "LeadDevelopmentWork", entry("2025-11-05", "student_work", "Reading logs of 12 pupils.",
                true, false));
        complete(pi, "LeadDevelopmentWork", entry("2025-12-10", "SURVEY", "Parents' survey.", false, true));
        assertThat(projects.evidence(projectId)).extracting(EvidenceEntry::getKind).containsExactly(
                EvidenceKind.OBSERVATION, EvidenceKind.STUDENT_WORK, EvidenceKind.SURVEY);
        assertThat(projects.evidence(projectId).get(0).getEntryDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.PRESENT_POSTER);

        complete(pi, "PresentPoster", Map.of("posterTitle", "Reading together"));
        project = projects.project(projectId);
        assertThat(project.posterTitle()).isEqualTo("Reading together");
        assertThat(project.posterPresentedOn()).as("set when the network event is recorded").isNull();
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.WRITE_REPORT);

        complete(pi, "WriteReport", report("Reading together", SUMMARY_800));
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.REPORT_REVIEW);
        Long reportId = (Long) runtime.getVariable(pi.getId(), "reportId");
        assertThat(reports.report(reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("reportSummary", "reportBody", "reportTitle");

        complete(pi, "SignOffReport", Map.of("reportApproved", true));
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.PUBLISHING);
        assertThat(reports.isApproved(projectId)).isTrue();
        assertThat(reports.publishedVersion(reportId)).isEmpty();

        executePublishJob(pi);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.COMPLETED);
        assertThat(projects.stagesCompleted(projectId)).isEqualTo(ProjectStage.METHOD_STAGES);
        assertThat(projects.project(projectId).completedAt()).isNotNull();
        assertThat(reports.publishedVersion(reportId)).map(ReportVersion::versionNumber).contains(1);
        assertThat(reports.report(reportId).status()).isEqualTo(ReportStatus.PUBLISHED);
        await().untilAsserted(() -> assertThat(notifier.of(teacher, "notify.devwork.reportPublished")).hasSize(1));
        assertThat(output(pi, "projectCompleted")).isEqualTo(true);
        assertThat(output(pi, "projectId")).isEqualTo(projectId);
    }

    @Test
    void emptyConcernIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance pi = start();
        complete(pi, "ClarifyValues", Map.of("valuesStatement", "Curiosity."));
        Task concern = only(pi);

        assertThatThrownBy(() -> tasks.complete(concern.getId(), Map.of("concern", "   ")))
                .hasRootCauseInstanceOf(TaskInputRejected.class).rootCause().hasMessageContaining("concern");

        assertThat(only(pi).getId()).isEqualTo(concern.getId());
        Long projectId = (Long) runtime.getVariable(pi.getId(), "projectId");
        assertThat(projects.project(projectId).concern()).isNull();
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.IDENTIFY_CONCERN);
    }

    @Test
    void planReturnedTwiceThenApprovedKeepsEveryRound() {
        ProcessInstance pi = runToDraftPlan();
        Long projectId = (Long) runtime.getVariable(pi.getId(), "projectId");

        complete(pi, "DraftPlan", Map.of("planText", "Plan, round 1"));
        Task review = only(pi);
        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("planApproved", false)))
                .as("a return needs comments").hasRootCauseInstanceOf(TaskInputRejected.class);
        complete(pi, "ReviewPlan", Map.of("planApproved", false, "planReviewComments", "Say how you will measure."));
        complete(pi, "DraftPlan", Map.of("planText", "Plan, round 2"));
        complete(pi, "ReviewPlan", Map.of("planApproved", false, "planReviewComments", "Involve a colleague."));
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.DRAFT_PLAN);
        complete(pi, "DraftPlan", Map.of("planText", "Plan, round 3"));
        complete(pi, "ReviewPlan", Map.of("planApproved", true));

        assertThat(only(pi).getTaskDefinitionKey()).isEqualTo("LeadDevelopmentWork");
        assertThat(projects.plans(projectId)).extracting(ProjectPlan::getRound, ProjectPlan::getText).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Plan, round 1"),
                org.assertj.core.groups.Tuple.tuple(2, "Plan, round 2"),
                org.assertj.core.groups.Tuple.tuple(3, "Plan, round 3"));
        assertThat(projects.planReviews(projectId)).extracting(PlanReview::getDecision).containsExactly(
                PlanReview.Decision.RETURNED, PlanReview.Decision.RETURNED, PlanReview.Decision.APPROVED);
        assertThat(projects.planReviews(projectId).get(0).getComments()).isEqualTo("Say how you will measure.");
        assertThat(projects.planReviews(projectId)).extracting(PlanReview::getReviewer).containsOnly(facilitator);
        assertThat(notifier.of(teacher, "notify.devwork.planReturned")).hasSize(2);
        assertThat(notifier.of(teacher, "notify.devwork.planApproved")).hasSize(1);
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("planText", "planReviewComments");
    }

    @Test
    void teacherCannotBeGivenTheirOwnPlanToReview() {
        ProcessInstance pi = runToDraftPlan();
        complete(pi, "DraftPlan", Map.of("planText", "My plan"));
        Task review = only(pi);
        assertThat(review.getAssignee()).isEqualTo(facilitator);

        assertThatThrownBy(() -> tasks.setAssignee(review.getId(), teacher)).hasRootCauseInstanceOf(TaskInputRejected.class);
        assertThat(only(pi).getAssignee()).isEqualTo(facilitator);

        tasks.setAssignee(review.getId(), null);
        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of("planApproved", true)))
                .as("an unassigned review is completed by nobody in particular").hasRootCauseInstanceOf(TaskInputRejected.class);
        assertThat(projects.planReviews((Long) runtime.getVariable(pi.getId(), "projectId"))).isEmpty();
    }

    @Test
    void overdueReviewIsEscalatedToTheFacilitatorAndTheAdminsAndStaysOpen() {
        ProcessInstance pi = runToDraftPlan();
        Long projectId = (Long) runtime.getVariable(pi.getId(), "projectId");
        complete(pi, "DraftPlan", Map.of("planText", "My plan"));

        Job overdue = management.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_PlanReviewOverdue")
                .singleResult();
        management.executeJob(overdue.getId());

        assertThat(projects.escalations(projectId)).extracting(ProjectReviewEscalation::getStage)
                .containsExactly(ProjectStage.PLAN_REVIEW);
        assertThat(notifier.of(facilitator, "notify.devwork.planReviewOverdue")).hasSize(1);
        assertThat(notifier.of(admin, "notify.devwork.planReviewOverdue")).hasSize(1);
        assertThat(only(pi).getTaskDefinitionKey()).isEqualTo("ReviewPlan");
        complete(pi, "ReviewPlan", Map.of("planApproved", true));
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.LEAD_WORK);
    }

    @Test
    void monthlyReminderNotifiesTheTeacher() {
        ProcessInstance pi = runToDraftPlan();
        complete(pi, "DraftPlan", Map.of("planText", "My plan"));
        complete(pi, "ReviewPlan", Map.of("planApproved", true));

        Job reminder = management.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_EvidenceReminder")
                .singleResult();
        management.executeJob(reminder.getId());

        assertThat(notifier.of(teacher, "notify.devwork.evidenceReminder")).hasSize(1);
        assertThat(only(pi).getTaskDefinitionKey()).isEqualTo("LeadDevelopmentWork");
    }

    @Test
    void workIsNotDoneWithoutEvidenceAndAChoiceIsRequired() {
        ProcessInstance pi = runToDraftPlan();
        complete(pi, "DraftPlan", Map.of("planText", "My plan"));
        complete(pi, "ReviewPlan", Map.of("planApproved", true));
        Task work = only(pi);

        assertThatThrownBy(() -> tasks.complete(work.getId(), Map.of("workDone", true)))
                .hasRootCauseInstanceOf(TaskInputRejected.class).rootCause().hasMessageContaining("evidence");
        assertThatThrownBy(() -> tasks.complete(work.getId(), entry("2025-10-01", "OBSERVATION", "Seen.", false, false)))
                .hasRootCauseInstanceOf(TaskInputRejected.class).rootCause().hasMessageContaining("choose one");
        assertThatThrownBy(() -> tasks.complete(work.getId(), entry("2999-01-01", "OBSERVATION", "Seen.", true, false)))
                .hasRootCauseInstanceOf(TaskInputRejected.class).rootCause().hasMessageContaining("future");
        assertThat(projects.evidence((Long) runtime.getVariable(pi.getId(), "projectId"))).isEmpty();
        assertThat(only(pi).getId()).isEqualTo(work.getId());
    }

    @Test
    void shortSummaryIsRefusedThenReturnedReportIsRevisedAndEveryVersionKept() {
        ProcessInstance pi = runToWriteReport();
        Long projectId = (Long) runtime.getVariable(pi.getId(), "projectId");
        Task write = only(pi);

        assertThatThrownBy(() -> tasks.complete(write.getId(), report("Too short", "word ".repeat(100))))
                .hasRootCauseInstanceOf(TaskInputRejected.class).rootCause().hasMessageContaining("100 words");
        Map<String, Object> noBody = report("No body", SUMMARY_800);
        noBody.put("reportBody", "");
        assertThatThrownBy(() -> tasks.complete(write.getId(), noBody)).hasRootCauseInstanceOf(TaskInputRejected.class);
        assertThat(only(pi).getId()).isEqualTo(write.getId());
        assertThat(reports.ofProject(projectId)).isEmpty();

        complete(pi, "WriteReport", report("First title", SUMMARY_800));
        Long reportId = (Long) runtime.getVariable(pi.getId(), "reportId");
        complete(pi, "SignOffReport", Map.of("reportApproved", false, "reportComments", "Add pupils' voices."));
        assertThat(reports.report(reportId).status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(notifier.of(teacher, "notify.devwork.reportReturned")).hasSize(1);
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.WRITE_REPORT);

        complete(pi, "WriteReport", report("Final title", SUMMARY_800 + "more"));
        complete(pi, "SignOffReport", Map.of("reportApproved", true));
        executePublishJob(pi);

        assertThat(reports.versions(reportId)).extracting(ReportVersion::versionNumber, ReportVersion::title,
                ReportVersion::decision).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "First title", ReportDecision.RETURNED),
                org.assertj.core.groups.Tuple.tuple(2, "Final title", ReportDecision.APPROVED));
        assertThat(reports.versions(reportId).get(0).decisionComments()).isEqualTo("Add pupils' voices.");
        ProjectReport published = reports.report(reportId);
        assertThat(published.status()).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(published.title()).isEqualTo("Final title");
        assertThat(published.author()).isEqualTo(teacher);
        assertThat(published.schoolId()).isEqualTo(school.id());
        assertThat(published.publishedVersionId()).isEqualTo(reports.versions(reportId).get(1).id());
        assertThat(projects.stageOf(teacher)).contains(ProjectStage.COMPLETED);
    }

    @Test
    void startIsRejectedForAWrongTeacherOrNoCircleAndTheFacilitatorIsTheCircles() {
        long before = runtime.createProcessInstanceQuery().count();

        assertThatThrownBy(() -> start(facilitator, facilitator, circle)).isInstanceOf(ProcessStartRejected.class)
                .hasMessageContaining("teacherId");
        assertThatThrownBy(() -> start("nobody", facilitator, circle)).isInstanceOf(ProcessStartRejected.class);
        assertThatThrownBy(() -> start(teacher, facilitator, null)).isInstanceOf(ProcessStartRejected.class)
                .hasMessageContaining("circleId");
        assertThatThrownBy(() -> start(teacher, facilitator, 987_654L)).isInstanceOf(ProcessStartRejected.class)
                .hasMessageContaining("circleId");
        assertThatThrownBy(() -> start(teacher, facilitator, otherCircle)).isInstanceOf(ProcessStartRejected.class)
                .hasMessageContaining("is not a teacher of circle");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
        assertThat(projects.stageOf(teacher)).isEmpty();

        // a facilitatorId naming someone else counts for nothing: the circle's facilitator reviews
        ProcessInstance pi = start(teacher, teacher, circle);
        assertThat(projects.project((Long) runtime.getVariable(pi.getId(), "projectId")).facilitator())
                .isEqualTo(facilitator);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getAssignee())
                .isEqualTo(teacher);
    }

    @Test
    void projectIsVisibleToItsTeacherAndFacilitatorAndInItsCircle() {
        ProcessInstance pi = start();
        Long projectId = (Long) runtime.getVariable(pi.getId(), "projectId");

        assertThat(projects.isAuthorOrFacilitator(teacher, projectId)).isTrue();
        assertThat(projects.isAuthorOrFacilitator(facilitator, projectId)).isTrue();
        assertThat(projects.isAuthorOrFacilitator(admin, projectId)).isFalse();
        assertThat(projects.projectsOfCircle(circle)).extracting(DevelopmentProject::id).contains(projectId);
        assertThat(projects.projectsOfCircle(otherCircle)).extracting(DevelopmentProject::id).doesNotContain(projectId);
    }

    private ProcessInstance start() {
        return start(teacher, facilitator, circle);
    }

    private ProcessInstance start(String teacherId, String facilitatorId, Long circleId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("teacherId", teacherId);
        variables.put("facilitatorId", facilitatorId);
        variables.put("circleId", circleId);
        return runtime.startProcessInstanceByKey(DevelopmentProjectVariables.PROCESS_KEY, variables);
    }

    private ProcessInstance runToDraftPlan() {
        ProcessInstance pi = start();
        complete(pi, "ClarifyValues", Map.of("valuesStatement", "Values"));
        complete(pi, "IdentifyConcern", Map.of("concern", "Concern"));
        complete(pi, "ReflectOnCulture", Map.of("cultureReflection", "Culture"));
        complete(pi, "ConsultColleagues", Map.of("consultationNotes", "Consultation"));
        return pi;
    }

    private ProcessInstance runToWriteReport() {
        ProcessInstance pi = runToDraftPlan();
        complete(pi, "DraftPlan", Map.of("planText", "My plan"));
        complete(pi, "ReviewPlan", Map.of("planApproved", true));
        complete(pi, "LeadDevelopmentWork", entry("2025-10-01", "OBSERVATION", "Observed.", false, true));
        complete(pi, "PresentPoster", Map.of("posterTitle", "Poster"));
        return pi;
    }

    private void complete(ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        Task task = only(pi);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        tasks.complete(task.getId(), variables);
    }

    private Task only(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private void executePublishJob(ProcessInstance pi) {
        Job publish = management.createJobQuery().processInstanceId(pi.getId()).activityId("PublishReport")
                .singleResult();
        management.executeJob(publish.getId());
    }

    private Object output(ProcessInstance pi, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
                .singleResult().getValue();
    }

    private static Map<String, Object> entry(String date, String kind, String description, boolean another,
            boolean done) {
        return new HashMap<>(Map.of("entryDate", date, "entryKind", kind, "entryDescription", description,
                "addAnotherEntry", another, "workDone", done));
    }

    private static Map<String, Object> report(String title, String summary) {
        return new HashMap<>(Map.of("reportTitle", title, "reportLanguage", "kk", "reportSubject", "Reading",
                "academicYear", "2025-2026", "reportSummary", summary, "reportBody", "What we did and learned.",
                "reportKeywords", "reading, grade 3"));
    }
}
