package kz.shamy.circle;

import static kz.shamy.circle.CircleCycleVariables.CIRCLE_ID;
import static kz.shamy.circle.CircleCycleVariables.EVENT_DATE;
import static kz.shamy.circle.CircleCycleVariables.EVENT_PLACE;
import static kz.shamy.circle.CircleCycleVariables.POSTERS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.FormInput;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * RecordNetworkEvent, on complete: stores the event (date, place) in network_event and each line
 * "username: poster title" in poster_presentation, then drops the form's content variables.
 */
@Component("recordNetworkEvent")
class NetworkEventListener implements TaskListener {

    private static final int MAX_PLACE = 300;
    private static final int MAX_TITLE = 500;

    private final CircleSessions sessions;

    NetworkEventListener(CircleSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        LocalDate heldOn = FormInput.TASK.pastDate(EVENT_DATE, task.getVariable(EVENT_DATE), Clock.systemUTC());
        String place = FormInput.TASK.text(EVENT_PLACE, task.getVariable(EVENT_PLACE));
        if (place.length() > MAX_PLACE) {
            throw new TaskInputRejected(EVENT_PLACE + " is longer than " + MAX_PLACE + " characters");
        }
        List<NetworkEventPoster> posters = posters(
                Objects.requireNonNullElse(FormInput.TASK.optionalText(task.getVariable(POSTERS)), ""));
        try {
            sessions.recordNetworkEvent((Long) execution.getVariable(CIRCLE_ID), heldOn, place, posters);
        } catch (InvalidRequest e) {
            throw new TaskInputRejected(e.getMessage());
        }
        execution.removeVariable(EVENT_DATE);
        execution.removeVariable(EVENT_PLACE);
        execution.removeVariable(POSTERS);
    }

    /** One poster a line, "username: title"; blank lines are skipped. */
    static List<NetworkEventPoster> posters(String text) {
        List<NetworkEventPoster> posters = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            String teacher = colon < 0 ? "" : line.substring(0, colon).trim();
            String title = colon < 0 ? "" : line.substring(colon + 1).trim();
            if (teacher.isEmpty() || title.isEmpty() || title.length() > MAX_TITLE) {
                throw new TaskInputRejected(POSTERS + ": write each line as 'username: poster title' (title up to "
                        + MAX_TITLE + " characters), not '" + line.trim() + "'");
            }
            posters.add(new NetworkEventPoster(teacher, title));
        }
        return posters;
    }
}
