package kz.shamy.programme.internal;

import static kz.shamy.programme.internal.InductionWorkshop.*;

import java.util.List;
import kz.shamy.workflow.FormInput;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of GiveFeedback: stores the attendee's rating (1–5) and optional comment. */
@Component("recordWorkshopFeedback")
class RecordWorkshopFeedback implements TaskListener {

    static final int TEXT_MAX = 4000;

    private final WorkshopProgress progress;

    RecordWorkshopFeedback(WorkshopProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        Object rating = task.getVariable(FEEDBACK_RATING);
        if (!(rating instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.intValue() < 1 || n.intValue() > 5) {
            throw new TaskInputRejected("feedbackRating must be a whole number from 1 to 5, not '" + rating + "'");
        }
        String text = FormInput.TASK.optionalText(task.getVariable(FEEDBACK_TEXT));
        if (text != null && text.length() > TEXT_MAX) {
            throw new TaskInputRejected("feedbackText is longer than " + TEXT_MAX + " characters");
        }
        progress.feedback(progress.boundTo(task.getProcessInstanceId()), task.getAssignee(),
                ((Number) rating).intValue(), text);
        task.getExecution().removeVariables(List.of(FEEDBACK_RATING, FEEDBACK_TEXT));
    }
}
