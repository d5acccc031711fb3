package kz.shamy.programme.internal;

import static kz.shamy.programme.internal.InductionWorkshop.*;

import java.util.List;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.FormInput;
import kz.shamy.workflow.JsonLists;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of RecordAttendanceDay1 and RecordAttendanceDay2: stores who was present that day.
 * After day 2 the instance learns who attended at least one day, the attendees asked for feedback.
 */
@Component("recordWorkshopAttendance")
class RecordWorkshopAttendance implements TaskListener {

    private final WorkshopProgress progress;

    RecordWorkshopAttendance(WorkshopProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean secondDay = RECORD_ATTENDANCE_DAY2.equals(task.getTaskDefinitionKey());
        String field = secondDay ? ATTENDED_DAY2 : ATTENDED_DAY1;
        if (!task.hasVariable(field)) {
            throw new TaskInputRejected(field + " is required (leave it empty when nobody came)");
        }
        List<String> present = FormInput.TASK.usernames(task.getVariable(field));
        List<String> attendees;
        try {
            attendees = progress.recordAttendance(progress.boundTo(task.getProcessInstanceId()), secondDay ? 2 : 1, present);
        } catch (InvalidRequest e) {
            throw new TaskInputRejected(e.getMessage());
        }
        task.getExecution().removeVariable(field);
        if (secondDay) {
            task.getExecution().setVariable(ATTENDEES, JsonLists.of(attendees));
        }
    }
}
