package kz.shamy.programme;

import kz.shamy.programme.internal.CloseWorkshop;
import kz.shamy.programme.internal.InductionWorkshop;
import kz.shamy.programme.internal.RecordNoAnswers;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import static kz.shamy.programme.internal.InductionWorkshop.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of induction-workshop, with the delegates and listeners replaced by mocks and small fakes. */
@Deployment(resources = {
        "processes/programme/induction-workshop.bpmn",
        "processes/programme/forms/workshop-plan.form",
        "processes/programme/forms/workshop-answer-invitation.form",
        "processes/programme/forms/workshop-attendance-day1.form",
        "processes/programme/forms/workshop-attendance-day2.form",
        "processes/programme/forms/workshop-feedback.form"})
class InductionWorkshopProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private final ExecutionListener checkWorkshopStart = mock(ExecutionListener.class);
    private final JavaDelegate sendWorkshopInvitations = mock(JavaDelegate.class);
    private final JavaDelegate remindWorkshopInvitees = mock(JavaDelegate.class);
    private final JavaDelegate recordNoAnswers = mock(JavaDelegate.class);
    private final JavaDelegate closeWorkshop = mock(JavaDelegate.class);
    private final TaskListener recordInvitationAnswer = mock(TaskListener.class);
    private final TaskListener recordWorkshopFeedback = mock(TaskListener.class);
    /** Answers who was present on day 2 as the attendees, as the real listener does with the tables. */
    private final List<String> attendanceRecorded = new ArrayList<>();

    @BeforeEach
    void registerBeans() {
        // Spring Boot tests in the same JVM register their engine too; assert against this one.
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("checkWorkshopStart", checkWorkshopStart);
        Mocks.register("sendWorkshopInvitations", sendWorkshopInvitations);
        Mocks.register("remindWorkshopInvitees", remindWorkshopInvitees);
        Mocks.register("recordNoAnswers", recordNoAnswers);
        Mocks.register("closeWorkshop", closeWorkshop);
        Mocks.register("recordInvitationAnswer", recordInvitationAnswer);
        Mocks.register("recordWorkshopFeedback", recordWorkshopFeedback);
        Mocks.register("recordWorkshopAttendance", (TaskListener) this::recordAttendance);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private void recordAttendance(DelegateTask task) {
        attendanceRecorded.add(task.getTaskDefinitionKey());
        if (RECORD_ATTENDANCE_DAY2.equals(task.getTaskDefinitionKey())) {
            task.getExecution().setVariable(ATTENDEES, task.getVariable(ATTENDED_DAY2));
        }
    }

    @Test
    void inviteesConfirmOrDeclineAndTheWorkshopRunsToItsClose() throws Exception {
        ProcessInstance pi = start("teacher1", "teacher2", "principal1");
        verify(checkWorkshopStart).notify(any());
        verify(sendWorkshopInvitations).execute(any());
        assertThat(pi).isWaitingAt("AnswerInvitation");
        assertThat(answerTasks()).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("teacher1", "teacher2", "principal1");

        answer("teacher1", "CONFIRMED");
        answer("teacher2", "DECLINED");
        assertThat(pi).isWaitingAt("AnswerInvitation");
        answer("principal1", "CONFIRMED");

        assertThat(pi).hasPassed("Gateway_RegistrationClosed").isWaitingAt("RecordAttendanceDay1");
        assertThat(task()).hasCandidateGroup("admins");
        complete(task(), withVariables(ATTENDED_DAY1, List.of("teacher1", "principal1")));
        assertThat(pi).isWaitingAt("RecordAttendanceDay2");
        assertThat(task()).hasCandidateGroup("admins");
        complete(task(), withVariables(ATTENDED_DAY2, List.of("teacher1", "principal1")));
        assertThat(attendanceRecorded).containsExactly(RECORD_ATTENDANCE_DAY1, RECORD_ATTENDANCE_DAY2);

        assertThat(pi).isWaitingAt("GiveFeedback");
        assertThat(feedbackTasks()).extracting(Task::getAssignee).containsExactlyInAnyOrder("teacher1", "principal1");
        for (Task feedback : feedbackTasks()) {
            taskService().complete(feedback.getId(), Map.of(FEEDBACK_RATING, 5L, FEEDBACK_TEXT, "useful"));
        }

        assertThat(pi).hasPassed("Gateway_FeedbackClosed", "CloseWorkshop").isEnded().hasPassed("End_WorkshopClosed")
                .hasNotPassed("Timer_RemindInvitees", "Timer_RegistrationClosed", "Timer_FeedbackExpired");
        verify(recordWorkshopFeedback, times(2)).notify(any());
        verify(closeWorkshop).execute(any());
        verify(recordNoAnswers, never()).execute(any());
    }

    @Test
    void everyAnswerIsRecordedOnItsOwnTaskAndNeitherTimerWaitsAfterwards() throws Exception {
        ProcessInstance pi = start("teacher1", "teacher2");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);

        answer("teacher1", "DECLINED");
        answer("teacher2", "DECLINED");

        verify(recordInvitationAnswer, times(2)).notify(any());
        assertThat(pi).isWaitingAt("RecordAttendanceDay1");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void reminderFiresThenTheInviteeStillAnswers() throws Exception {
        ProcessInstance pi = start("teacher1", "teacher2");
        answer("teacher1", "CONFIRMED");

        execute(job("Timer_RemindInvitees", pi));

        verify(remindWorkshopInvitees).execute(any());
        assertThat(pi).hasPassed("RemindInvitees", "End_InviteesReminded").isWaitingAt("AnswerInvitation");
        assertThat(answerTasks()).extracting(Task::getAssignee).containsExactly("teacher2");

        answer("teacher2", "CONFIRMED");
        assertThat(pi).isWaitingAt("RecordAttendanceDay1").hasNotPassed("RecordNoAnswers");
    }

    @Test
    void deadlinePassesWithoutAnAnswerAndRegistrationCloses() throws Exception {
        ProcessInstance pi = start("teacher1", "teacher2");
        answer("teacher1", "CONFIRMED");

        execute(job("Timer_RegistrationClosed", pi));

        verify(recordNoAnswers).execute(any());
        assertThat(pi).hasPassed("RecordNoAnswers", "Gateway_RegistrationClosed").isWaitingAt("RecordAttendanceDay1");
        assertThat(answerTasks()).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().activityId("Timer_RemindInvitees").count()).isZero();
    }

    @Test
    void feedbackThatIsNotGivenExpiresAndTheWorkshopStillCloses() throws Exception {
        ProcessInstance pi = start("teacher1", "teacher2");
        answer("teacher1", "CONFIRMED");
        answer("teacher2", "CONFIRMED");
        complete(task(pi), withVariables(ATTENDED_DAY1, List.of("teacher1", "teacher2")));
        complete(task(pi), withVariables(ATTENDED_DAY2, List.of("teacher1", "teacher2")));
        taskService().complete(feedbackTasks().get(0).getId(), Map.of(FEEDBACK_RATING, 4L));
        assertThat(pi).isWaitingAt("GiveFeedback");

        assertThat(job("Timer_FeedbackExpired", pi).getDuedate())
                .isAfter(Date.from(Instant.now().plus(13, ChronoUnit.DAYS)))
                .isBefore(Date.from(Instant.now().plus(15, ChronoUnit.DAYS)));
        execute(job("Timer_FeedbackExpired", pi));

        assertThat(pi).hasPassed("Timer_FeedbackExpired", "Gateway_FeedbackClosed", "CloseWorkshop").isEnded();
        assertThat(feedbackTasks()).isEmpty();
        verify(closeWorkshop).execute(any());
    }

    @Test
    void nobodyAttendedSoNobodyIsAskedForFeedback() throws Exception {
        ProcessInstance pi = start("teacher1");
        answer("teacher1", "CONFIRMED");
        complete(task(pi), withVariables(ATTENDED_DAY1, List.of()));
        complete(task(pi), withVariables(ATTENDED_DAY2, List.of()));

        assertThat(pi).hasPassed("CloseWorkshop").hasNotPassed("GiveFeedback").isEnded();
        verify(recordWorkshopFeedback, never()).notify(any());
    }

    private ProcessInstance start(String... invitees) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(WORKSHOP_ID, 7L);
        variables.put(INVITEES, List.of(invitees));
        variables.put(REMINDER_AT, Date.from(Instant.now().plus(1, ChronoUnit.DAYS)));
        variables.put(ANSWER_DEADLINE, Date.from(Instant.now().plus(3, ChronoUnit.DAYS)));
        variables.put(FEEDBACK_PERIOD, "P14D");
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, variables);
    }

    private void answer(String invitee, String answer) {
        Task task = taskQuery().taskDefinitionKey("AnswerInvitation").taskAssignee(invitee).singleResult();
        taskService().complete(task.getId(), Map.of(ANSWER, answer));
    }

    private List<Task> answerTasks() {
        return taskQuery().taskDefinitionKey("AnswerInvitation").list();
    }

    private List<Task> feedbackTasks() {
        return taskQuery().taskDefinitionKey("GiveFeedback").list();
    }
}
