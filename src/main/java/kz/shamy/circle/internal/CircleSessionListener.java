package kz.shamy.circle.internal;

import kz.shamy.circle.Circles;
import kz.shamy.circle.DevelopmentProjects;
import static kz.shamy.circle.internal.CircleCycleVariables.SESSION_ATTENDEES;
import static kz.shamy.circle.internal.CircleCycleVariables.SESSION_DATE;
import static kz.shamy.circle.internal.CircleCycleVariables.SESSION_NOTES;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.FormInput;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * RecordCircleSession, on complete: stores the session (date, attendees, notes) in circle_session and
 * circle_session_attendance, then drops the form's content variables. Invalid input keeps the task open.
 */
@Component("recordCircleSession")
class CircleSessionListener implements TaskListener {

    /** What circle-record-session's form states. */
    static final int MAX_NOTES = DevelopmentProjects.MAX_TEXT;

    private final CircleSessions sessions;
    private final Circles circles;
    private final Clock clock;

    CircleSessionListener(CircleSessions sessions, Circles circles, Clock clock) {
        this.sessions = sessions;
        this.circles = circles;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        LocalDate heldOn = FormInput.TASK.pastDate(SESSION_DATE, task.getVariable(SESSION_DATE), clock);
        List<String> attendees = FormInput.TASK.someUsernames(SESSION_ATTENDEES,
                task.getVariable(SESSION_ATTENDEES));
        String notes = FormInput.TASK.atMost(SESSION_NOTES,
                FormInput.TASK.text(SESSION_NOTES, task.getVariable(SESSION_NOTES)), MAX_NOTES);
        try {
            sessions.recordSession(circles.boundTo(execution.getProcessInstanceId()).id(), heldOn, attendees, notes);
        } catch (InvalidRequest e) {
            throw new TaskInputRejected(e.getMessage());
        }
        execution.removeVariable(SESSION_DATE);
        execution.removeVariable(SESSION_ATTENDEES);
        execution.removeVariable(SESSION_NOTES);
    }
}
