package kz.shamy.circle;

import kz.shamy.circle.internal.InstancePeople;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** development-work on the bare engine: every path, timer and loop, with the beans replaced by mocks. */
@Deployment(resources = {
        "processes/circle/development-work.bpmn",
        "processes/circle/forms/devwork-clarify-values.form",
        "processes/circle/forms/devwork-identify-concern.form",
        "processes/circle/forms/devwork-reflect-on-culture.form",
        "processes/circle/forms/devwork-consult-colleagues.form",
        "processes/circle/forms/devwork-draft-plan.form",
        "processes/circle/forms/devwork-review-plan.form",
        "processes/circle/forms/devwork-lead-development-work.form",
        "processes/circle/forms/devwork-present-poster.form",
        "processes/circle/forms/devwork-write-report.form",
        "processes/circle/forms/devwork-sign-off-report.form"})
class DevelopmentWorkProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    static final long PROJECT = 42L;
    static final String TEACHER = "teacher1";
    static final String FACILITATOR = "facilitator1";

    final ExecutionListener openProject = mock(ExecutionListener.class);
    final TaskListener projectStage = mock(TaskListener.class);
    final TaskListener recordProjectText = mock(TaskListener.class);
    final TaskListener recordProjectPlan = mock(TaskListener.class);
    final TaskListener recordPlanReview = mock(TaskListener.class);
    final TaskListener reviewerIsNotTeacher = mock(TaskListener.class);
    final JavaDelegate escalatePlanReview = mock(JavaDelegate.class);
    final TaskListener recordEvidence = mock(TaskListener.class);
    final JavaDelegate remindTeacher = mock(JavaDelegate.class);
    final TaskListener recordPoster = mock(TaskListener.class);
    final TaskListener recordProjectReport = mock(TaskListener.class);
    final TaskListener recordReportDecision = mock(TaskListener.class);
    final JavaDelegate publishReport = mock(JavaDelegate.class);
    final InstancePeople instancePeople = mock(InstancePeople.class);

    @BeforeEach
    void registerBeans() throws Exception {
        // Spring Boot tests in the same JVM register their engine too; assert against this one.
        BpmnAwareTests.init(engine.getProcessEngine());
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable("projectId", PROJECT);
            execution.setVariable("projectCompleted", false);
            return null;
        }).when(openProject).notify(any(DelegateExecution.class));
        doAnswer(call -> {
            call.<DelegateExecution>getArgument(0).setVariable("projectCompleted", true);
            return null;
        }).when(publishReport).execute(any());
        Mocks.register("openProject", openProject);
        Mocks.register("instancePeople", instancePeople);
        when(instancePeople.teacher(any())).thenReturn(TEACHER);
        when(instancePeople.facilitator(any())).thenReturn(FACILITATOR);
        Mocks.register("projectStage", projectStage);
        Mocks.register("recordProjectText", recordProjectText);
        Mocks.register("recordProjectPlan", recordProjectPlan);
        Mocks.register("recordPlanReview", recordPlanReview);
        Mocks.register("projectReviewerIsNotTeacher", reviewerIsNotTeacher);
        Mocks.register("escalatePlanReview", escalatePlanReview);
        Mocks.register("recordEvidence", recordEvidence);
        Mocks.register("remindTeacherOfEvidence", remindTeacher);
        Mocks.register("recordPoster", recordPoster);
        Mocks.register("recordProjectReport", recordProjectReport);
        Mocks.register("recordReportDecision", recordReportDecision);
        Mocks.register("publishReport", publishReport);
    }

    @AfterEach
    void forgetBeans() {
        Mocks.reset();
    }

    @Test
    void teacherWorksThroughEveryStageAndTheReportIsPublished() throws Exception {
        ProcessInstance pi = start();
        verify(openProject).notify(any());

        completeFirstSteps(pi);
        assertThat(pi).isWaitingAt("ReviewPlan").task().isAssignedTo(FACILITATOR);
        complete(task(), withVariables("planApproved", true));
        assertThat(pi).isWaitingAt("LeadDevelopmentWork").task().isAssignedTo(TEACHER);
        complete(task(), withVariables("addAnotherEntry", false, "workDone", true));
        assertThat(pi).isWaitingAt("PresentPoster").task().isAssignedTo(TEACHER);
        complete(task());
        assertThat(pi).isWaitingAt("WriteReport").task().isAssignedTo(TEACHER);
        complete(task());
        assertThat(pi).isWaitingAt("SignOffReport").task().isAssignedTo(FACILITATOR);
        complete(task(), withVariables("reportApproved", true));

        assertThat(pi).isWaitingAt("PublishReport");
        execute(job());

        assertThat(pi).hasPassedInOrder("ClarifyValues", "IdentifyConcern", "ReflectOnCulture", "ConsultColleagues",
                "DraftPlan", "ReviewPlan", "LeadDevelopmentWork", "PresentPoster", "WriteReport", "SignOffReport",
                "PublishReport").isEnded().hasPassed("End_ProjectCompleted");
        verify(projectStage, times(10)).notify(any());
        verify(recordProjectText, times(4)).notify(any());
        verify(publishReport).execute(any());
        verify(escalatePlanReview, never()).execute(any());
        assertThat(outputs(pi)).containsEntry("projectId", PROJECT).containsEntry("projectCompleted", true);
    }

    @Test
    void facilitatorReturnsThePlanTwiceThenApprovesIt() {
        ProcessInstance pi = start();
        completeFirstSteps(pi);

        for (int round = 1; round <= 2; round++) {
            assertThat(pi).isWaitingAt("ReviewPlan");
            complete(task(), withVariables("planApproved", false));
            assertThat(pi).isWaitingAt("DraftPlan").task().isAssignedTo(TEACHER);
            complete(task());
        }
        assertThat(pi).isWaitingAt("ReviewPlan");
        complete(task(), withVariables("planApproved", true));

        assertThat(pi).isWaitingAt("LeadDevelopmentWork");
        assertThat(timesPassed(pi, "DraftPlan")).isEqualTo(3);
        assertThat(timesPassed(pi, "ReviewPlan")).isEqualTo(3);
        verify(recordProjectPlan, times(3)).notify(any());
    }

    @Test
    void overdueReviewIsEscalatedAndTheReviewStaysOpen() throws Exception {
        ProcessInstance pi = start();
        completeFirstSteps(pi);
        assertThat(pi).isWaitingAt("ReviewPlan");

        execute(job("Timer_PlanReviewOverdue"));

        verify(escalatePlanReview).execute(any());
        assertThat(pi).hasPassed("EscalatePlanReview", "End_PlanReviewEscalated").isWaitingAt("ReviewPlan");
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("a duration timer escalates once").isZero();

        complete(task(), withVariables("planApproved", true));
        assertThat(pi).isWaitingAt("LeadDevelopmentWork");
    }

    @Test
    void teacherLogsSeveralEvidenceEntriesBeforeMovingOn() {
        ProcessInstance pi = runToLeadDevelopmentWork();

        for (int entry = 1; entry <= 3; entry++) {
            complete(task(), withVariables("addAnotherEntry", true, "workDone", false));
            assertThat(pi).isWaitingAt("LeadDevelopmentWork");
        }
        complete(task(), withVariables("addAnotherEntry", false, "workDone", true));

        assertThat(pi).isWaitingAt("PresentPoster");
        assertThat(timesPassed(pi, "LeadDevelopmentWork")).isEqualTo(4);
        verify(recordEvidence, times(8)).notify(any()); // create and complete, four times
    }

    @Test
    void monthlyReminderNotifiesTheTeacherAndTheWorkGoesOn() throws Exception {
        ProcessInstance pi = runToLeadDevelopmentWork();

        execute(job("Timer_EvidenceReminder"));
        execute(job("Timer_EvidenceReminder"));

        verify(remindTeacher, times(2)).execute(any());
        assertThat(pi).hasPassed("RemindTeacher", "End_TeacherReminded").isWaitingAt("LeadDevelopmentWork");
        complete(task(), withVariables("addAnotherEntry", false, "workDone", true));
        assertThat(pi).isWaitingAt("PresentPoster");
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("the reminder stops when the work is done").isZero();
    }

    @Test
    void facilitatorReturnsTheReportAndSignsOffTheRevision() {
        ProcessInstance pi = runToLeadDevelopmentWork();
        complete(task(), withVariables("addAnotherEntry", false, "workDone", true));
        complete(task());
        complete(task());
        assertThat(pi).isWaitingAt("SignOffReport");

        complete(task(), withVariables("reportApproved", false));
        assertThat(pi).isWaitingAt("WriteReport").task().isAssignedTo(TEACHER);
        complete(task());
        complete(task(), withVariables("reportApproved", true));

        assertThat(pi).isWaitingAt("PublishReport");
        assertThat(timesPassed(pi, "WriteReport")).isEqualTo(2);
        verify(recordReportDecision, times(4)).notify(any());
    }

    @Test
    void publishingWaitsForItsJobAndSetsTheOutputs() throws Exception {
        ProcessInstance pi = runToLeadDevelopmentWork();
        complete(task(), withVariables("addAnotherEntry", false, "workDone", true));
        complete(task());
        complete(task());
        complete(task(), withVariables("reportApproved", true));

        assertThat(pi).isWaitingAt("PublishReport").variables().containsEntry("projectCompleted", false);
        verify(publishReport, never()).execute(any());

        execute(job());

        assertThat(pi).isEnded();
        assertThat(outputs(pi)).containsEntry("projectId", PROJECT).containsEntry("projectCompleted", true);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(DevelopmentProjectVariables.PROCESS_KEY,
                Map.of("teacherId", TEACHER, "facilitatorId", FACILITATOR, "circleId", 3L));
    }

    private void completeFirstSteps(ProcessInstance pi) {
        for (String step : new String[] {"ClarifyValues", "IdentifyConcern", "ReflectOnCulture", "ConsultColleagues",
                "DraftPlan"}) {
            assertThat(pi).isWaitingAt(step).task().isAssignedTo(TEACHER);
            complete(task());
        }
    }

    private ProcessInstance runToLeadDevelopmentWork() {
        ProcessInstance pi = start();
        completeFirstSteps(pi);
        complete(task(), withVariables("planApproved", true));
        assertThat(pi).isWaitingAt("LeadDevelopmentWork");
        return pi;
    }

    private static long timesPassed(ProcessInstance pi, String activityId) {
        return historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(activityId).count();
    }

    private static Map<String, Object> outputs(ProcessInstance pi) {
        Map<String, Object> values = new java.util.HashMap<>();
        historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list()
                .forEach(v -> values.put(v.getName(), v.getValue()));
        return values;
    }
}
