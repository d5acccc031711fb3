package kz.shamy.circle;

import kz.shamy.circle.internal.CertificationCandidates;
import kz.shamy.circle.internal.CircleMembership;
import kz.shamy.circle.internal.InstancePeople;
import kz.shamy.circle.internal.MembershipResultListener;
import kz.shamy.circle.internal.NetworkEventReadiness;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * circle-cycle on a bare engine: delegates and listeners are mocks, except recordProjectResult, which is
 * the real listener over a mocked {@link Circles} so the per-teacher results of the parallel called
 * instances are proven not to overwrite each other, and certificationCandidates, the real bean over the same
 * mocked {@link Circles}, so who is certified is proven to come from circle_membership. development-work and
 * certification-approval are stub processes.
 */
@Deployment(resources = {"processes/circle/circle-cycle.bpmn", "processes/circle/forms/circle-record-session.form",
        "processes/circle/forms/circle-record-network-event.form", "circle/development-work-stub.bpmn",
        "circle/certification-approval-stub.bpmn"})
class CircleCycleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder().assertClassCoverageAtLeast(1.0).build();

    private static final Long CIRCLE = 7L;

    private final ExecutionListener validateCircleStart = mock(ExecutionListener.class);
    private final JavaDelegate notifyCircleStarted = mock(JavaDelegate.class);
    private final TaskListener recordCircleSession = mock(TaskListener.class);
    private final TaskListener recordNetworkEvent = mock(TaskListener.class);
    private final Circles circles = mock(Circles.class);
    private final DevelopmentProjects projects = mock(DevelopmentProjects.class);
    private final InstancePeople instancePeople = mock(InstancePeople.class);
    private final JavaDelegate closeCircle = mock(JavaDelegate.class);

    @BeforeEach
    void registerBeans() {
        // Spring Boot tests in the same JVM register their engine too; assert against this one.
        BpmnAwareTests.init(extension.getProcessEngine());
        Mocks.register("validateCircleStart", validateCircleStart);
        Mocks.register("notifyCircleStarted", notifyCircleStarted);
        Mocks.register("recordCircleSession", recordCircleSession);
        Mocks.register("recordNetworkEvent", recordNetworkEvent);
        Mocks.register("recordProjectResult", new MembershipResultListener(circles, projects));
        Mocks.register("instancePeople", instancePeople);
        when(instancePeople.circleFacilitator(any())).thenReturn("facilitator1");
        // Shamy's tables, as the listener reads them: the instance's circle and its teachers' projects
        Circle circle = new Circle(CIRCLE, 1L, "facilitator1", "2026-2027", CircleStatus.OPEN, "pi", null, null);
        when(circles.boundTo(anyString())).thenReturn(circle);
        List<DevelopmentProject> circleProjects = List.of(project(101L, "teacher1", ProjectStage.COMPLETED),
                project(102L, "teacher2", ProjectStage.WRITE_REPORT));
        when(projects.projectsOfCircle(CIRCLE)).thenReturn(circleProjects);
        Mocks.register("closeCircle", closeCircle);
        Mocks.register("certificationCandidates", new CertificationCandidates(circles));
        // circle_membership after the year: teacher1's project completed, teacher2's did not
        List<CircleMembership> completed = List.of(membership("teacher1", 101L));
        when(circles.completedTeachers(CIRCLE)).thenReturn(completed);
    }

    private static DevelopmentProject project(Long id, String teacher, ProjectStage stage) {
        return new DevelopmentProject(id, teacher, "facilitator1", CIRCLE, 1L, null, null, null, null, stage, null, null,
                null, "pi-" + id, null, null);
    }

    private static CircleMembership membership(String teacher, Long projectId) {
        CircleMembership membership = mock(CircleMembership.class);
        when(membership.getTeacherId()).thenReturn(teacher);
        when(membership.getProjectId()).thenReturn(projectId);
        return membership;
    }

    @AfterEach
    void resetBeans() {
        Mocks.reset();
    }

    private ProcessInstance startCircle(String... teachers) {
        return runtimeService().startProcessInstanceByKey("circle-cycle", "circle-7", withVariables(
                "circleId", CIRCLE, "facilitatorId", "facilitator1", "teacherIds", List.of(teachers),
                "sessionCycle", "R/P14D"));
    }

    @Test
    void sessionsComeRoundTeachersFinishAndCompletedProjectsGoToCertification() throws Exception {
        ProcessInstance pi = startCircle("teacher1", "teacher2");

        verify(validateCircleStart).notify(any());
        verify(notifyCircleStarted).execute(any());
        assertThat(pi).isWaitingAt("DevelopmentWork", "Wait_PostersReady");
        assertThat(jobAt(pi, "Timer_SessionDue")).isNotNull();

        // the session timer fires every cycle; each firing brings a session task for the facilitator
        execute(jobAt(pi, "Timer_SessionDue"));
        execute(jobAt(pi, "Timer_SessionDue"));
        List<Task> sessions = taskQuery().taskDefinitionKey("RecordCircleSession").list();
        assertThat(sessions).hasSize(2).allMatch(t -> "facilitator1".equals(t.getAssignee()));
        assertThat(jobAt(pi, "Timer_SessionDue")).isNotNull();
        for (Task session : sessions) {
            complete(session, withVariables("sessionDate", "2026-10-01", "sessionAttendees", "teacher1",
                    "sessionNotes", "We read about lesson study."));
        }
        verify(recordCircleSession, times(2)).notify(any(DelegateTask.class));
        assertThat(pi).hasPassedInOrder("Timer_SessionDue", "RecordCircleSession", "End_SessionRecorded");

        postersReady(pi);
        complete(taskQuery().taskDefinitionKey("RecordNetworkEvent").singleResult(),
                withVariables("eventDate", "2027-04-20", "eventPlace", "Taraz", "presenters", "teacher1"));
        verify(recordNetworkEvent).notify(any(DelegateTask.class));
        assertThat(pi).isWaitingAt("DevelopmentWork").isNotWaitingAt("RecordNetworkEvent");

        finishDevelopmentWork("teacher1", 101L, true);
        verify(circles).recordProjectResult(CIRCLE, "teacher1", 101L, true);
        assertThat(pi).isWaitingAt("DevelopmentWork");
        verify(closeCircle, never()).execute(any());

        finishDevelopmentWork("teacher2", 102L, false);
        verify(circles).recordProjectResult(CIRCLE, "teacher2", 102L, false);
        verify(circles, times(2)).recordProjectResult(anyLong(), anyString(), anyLong(), anyBoolean());

        // closing is asynchronous, so a failure there never undoes the last teacher's completion
        assertThat(pi).isWaitingAt("CloseCycle");
        execute(jobAt(pi, "CloseCycle"));
        verify(closeCircle).execute(any());
        assertThat(pi).hasPassedInOrder("End_CircleYear", "CloseCycle", "End_CircleClosed")
                .isWaitingAt("Certification");
        ProcessInstance certification = certificationOf(pi, "teacher1");
        assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .processDefinitionKey("certification-approval").list()).as("teacher2's project did not complete")
                .extracting(ProcessInstance::getId).containsExactly(certification.getId());

        complete(task("StubCertification", certification));
        assertThat(pi).hasPassedInOrder("CloseCycle", "Certification", "End_CycleClosed").isEnded();
    }

    @Test
    void certificationIsACalledChildWithOnlyTheIdsFromTheCirclesTables() {
        ProcessInstance pi = startCircle("teacher1");
        postersReady(pi);
        complete(taskQuery().taskDefinitionKey("RecordNetworkEvent").singleResult());
        finishDevelopmentWork("teacher1", 101L, true);
        // a variable someone wrote on the cycle decides nothing: who is certified comes from circle_membership
        runtimeService().setVariable(pi.getId(), "teacherIds", List.of("intruder"));
        runtimeService().setVariable(pi.getId(), "circleId", 666L);

        execute(jobAt(pi, "CloseCycle"));

        ProcessInstance certification = certificationOf(pi, "teacher1");
        assertThat(certification.getBusinessKey()).isEqualTo("circle-7/teacher1");
        assertThat(runtimeService().getVariables(certification.getId())).isEqualTo(Map.of(
                "teacherId", "teacher1", "facilitatorId", "facilitator1", "circleId", CIRCLE, "projectId", 101L));
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(certification.getId())
                .singleResult().getSuperProcessInstanceId()).isEqualTo(pi.getId());
    }

    @Test
    void aCycleWithNoCompletedProjectEndsWithoutCertification() {
        when(circles.completedTeachers(CIRCLE)).thenReturn(List.of());
        ProcessInstance pi = startCircle("teacher2");
        postersReady(pi);
        complete(taskQuery().taskDefinitionKey("RecordNetworkEvent").singleResult());
        finishDevelopmentWork("teacher2", 102L, false);

        execute(jobAt(pi, "CloseCycle"));

        assertThat(pi).isEnded().hasPassed("End_CycleClosed");
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("certification-approval")
                .count()).isZero();
    }

    @Test
    void theNetworkEventOpensOnlyOnceEveryTeachersPosterIsReady() {
        ProcessInstance pi = startCircle("teacher1", "teacher2");

        assertThat(pi).isWaitingAt("Wait_PostersReady").hasNotPassed("RecordNetworkEvent");
        assertThat(taskQuery().taskDefinitionKey("RecordNetworkEvent").count()).isZero();
        execute(jobAt(pi, "Timer_SessionDue"));
        assertThat(pi).as("sessions come round while the posters are prepared").isWaitingAt("Wait_PostersReady");

        postersReady(pi);

        assertThat(pi).hasPassed("Wait_PostersReady").isWaitingAt("RecordNetworkEvent", "DevelopmentWork");
        assertThat(taskQuery().taskDefinitionKey("RecordNetworkEvent").singleResult()).isAssignedTo("facilitator1");
        assertThat(runtimeService().createMessageCorrelation("PostersReady").processInstanceId(pi.getId())
                .correlateAllWithResult()).as("a second PostersReady finds nothing waiting").isEmpty();
    }

    @Test
    void closingTheCycleEndsASessionTaskStillOpen() {
        ProcessInstance pi = startCircle("teacher3");
        execute(jobAt(pi, "Timer_SessionDue"));
        assertThat(pi).isWaitingAt("RecordCircleSession");
        postersReady(pi);
        complete(taskQuery().taskDefinitionKey("RecordNetworkEvent").singleResult());
        finishDevelopmentWork("teacher3", 103L, true);
        List<CircleMembership> completed = List.of(membership("teacher3", 103L));
        when(circles.completedTeachers(CIRCLE)).thenReturn(completed);

        execute(jobAt(pi, "CloseCycle"));

        assertThat(pi).hasPassed("End_CircleClosed").hasNotPassed("End_SessionRecorded")
                .isWaitingAt("Certification");
        assertThat(taskQuery().taskDefinitionKey("RecordCircleSession").count()).isZero();
        verify(recordCircleSession, never()).notify(any(DelegateTask.class));
    }

    @Test
    void calledWorkGetsTheTeacherTheFacilitatorAndTheCircle() {
        ProcessInstance pi = startCircle("teacher4");
        ProcessInstance called = runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .singleResult();

        assertThat(called.getBusinessKey()).isEqualTo("circle-7");
        assertThat(runtimeService().getVariables(called.getId())).isEqualTo(Map.of(
                "teacherId", "teacher4", "facilitatorId", "facilitator1", "circleId", CIRCLE));
    }

    private static Job jobAt(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId)
                .singleResult();
    }

    private static ProcessInstance certificationOf(ProcessInstance cycle, String teacherId) {
        return runtimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
                .processDefinitionKey("certification-approval").variableValueEquals("teacherId", teacherId)
                .singleResult();
    }

    /** What NetworkEventReadiness sends once the last teacher of the circle has completed PresentPoster. */
    private static void postersReady(ProcessInstance pi) {
        runtimeService().createMessageCorrelation("PostersReady").processInstanceId(pi.getId()).correlate();
    }

    /** Completes the stub development-work of one teacher with the result it reports back. */
    private static void finishDevelopmentWork(String teacherId, Long projectId, boolean completed) {
        ProcessInstance work = runtimeService().createProcessInstanceQuery().processDefinitionKey("development-work")
                .variableValueEquals("teacherId", teacherId).singleResult();
        assertThat(work).isWaitingAt("StubWork");
        complete(task("StubWork", work), withVariables("projectId", projectId, "projectCompleted", completed));
        assertThat(work).isEnded();
    }
}
