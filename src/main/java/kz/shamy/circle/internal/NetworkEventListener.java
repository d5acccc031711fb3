package kz.shamy.circle.internal;

import kz.shamy.circle.Circles;
import static kz.shamy.circle.internal.CircleCycleVariables.EVENT_DATE;
import static kz.shamy.circle.internal.CircleCycleVariables.EVENT_PLACE;
import static kz.shamy.circle.internal.CircleCycleVariables.PRESENTERS;

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
 * RecordNetworkEvent, on complete: stores the event (date, place) in network_event and each teacher named in
 * presenters in poster_presentation (the poster's title stays on the teacher's project, where PresentPoster
 * put it), then drops the form's content variables.
 */
@Component("recordNetworkEvent")
class NetworkEventListener implements TaskListener {

    private static final int MAX_PLACE = 300;

    private final CircleSessions sessions;
    private final Circles circles;
    private final Clock clock;

    NetworkEventListener(CircleSessions sessions, Circles circles, Clock clock) {
        this.sessions = sessions;
        this.circles = circles;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        LocalDate heldOn = FormInput.TASK.pastDate(EVENT_DATE, task.getVariable(EVENT_DATE), clock);
        String place = FormInput.TASK.text(EVENT_PLACE, task.getVariable(EVENT_PLACE));
        if (place.length() > MAX_PLACE) {
            throw new TaskInputRejected(EVENT_PLACE + " is longer than " + MAX_PLACE + " characters");
        }
        List<String> presenters = FormInput.TASK.usernames(task.getVariable(PRESENTERS));
        try {
            sessions.recordNetworkEvent(circles.boundTo(execution.getProcessInstanceId()).id(), heldOn, place, presenters);
        } catch (InvalidRequest e) {
            throw new TaskInputRejected(e.getMessage());
        }
        execution.removeVariable(EVENT_DATE);
        execution.removeVariable(EVENT_PLACE);
        execution.removeVariable(PRESENTERS);
    }
}
