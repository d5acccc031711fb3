package kz.shamy.programme.internal;

import kz.shamy.programme.WorkshopPlan;
import kz.shamy.programme.Workshops;
import static kz.shamy.programme.internal.InductionWorkshop.*;

import java.util.List;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.FormInput;
import kz.shamy.workflow.JsonLists;
import kz.shamy.workflow.ProcessStartRejected;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of induction-workshop. Started with a {@code workshopId} (by {@link Workshops#plan} or
 * the engine API), the workshop must exist; started from the start form in Tasklist, the form's details
 * are checked and recorded as a new workshop. Either way the instance keeps only the workshop id, the
 * invitees' usernames and the feedback period; anything wrong rejects the start.
 */
@Component("checkWorkshopStart")
class WorkshopStartCheck implements ExecutionListener {

    private final Workshops workshops;
    private final WorkshopProgress progress;
    private final WorkshopTimers timers;

    WorkshopStartCheck(Workshops workshops, WorkshopProgress progress, WorkshopTimers timers) {
        this.workshops = workshops;
        this.progress = progress;
        this.timers = timers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        try {
            Workshop workshop = execution.hasVariable(WORKSHOP_ID) ? existing(execution) : fromStartForm(execution);
            List<String> invitees = progress.runBy(workshop.getId(), execution.getProcessInstanceId());
            execution.setVariable(WORKSHOP_ID, workshop.getId());
            execution.setVariable(INVITEES, JsonLists.of(invitees));
            if (!execution.hasVariable(FEEDBACK_PERIOD)) {
                execution.setVariable(FEEDBACK_PERIOD, timers.feedbackPeriod());
            }
        } catch (InvalidRequest e) {
            throw new ProcessStartRejected(e.getMessage());
        }
    }

    private Workshop existing(DelegateExecution execution) {
        Long id = FormInput.REQUEST.id(WORKSHOP_ID, execution.getVariable(WORKSHOP_ID));
        return workshops.find(id).orElseThrow(() -> new ProcessStartRejected("workshop " + id + " does not exist"));
    }

    private Workshop fromStartForm(DelegateExecution execution) {
        Workshop workshop = workshops.create(new WorkshopPlan(
                FormInput.REQUEST.id(PROGRAMME_ID, execution.getVariable(PROGRAMME_ID)),
                FormInput.REQUEST.id(REGION_ID, execution.getVariable(REGION_ID)),
                FormInput.REQUEST.optionalText(execution.getVariable(VENUE)),
                FormInput.REQUEST.date(DAY1, execution.getVariable(DAY1)),
                FormInput.REQUEST.date(DAY2, execution.getVariable(DAY2)),
                FormInput.REQUEST.date(REGISTRATION_DEADLINE, execution.getVariable(REGISTRATION_DEADLINE)),
                FormInput.REQUEST.usernames(execution.getVariable(INVITEE_USERNAMES))));
        execution.removeVariables(START_FORM_FIELDS);
        return workshop;
    }
}
