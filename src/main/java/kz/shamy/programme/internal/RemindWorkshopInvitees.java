package kz.shamy.programme.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task RemindInvitees (after the reminder timer): reminds whoever has not answered yet. */
@Component("remindWorkshopInvitees")
class RemindWorkshopInvitees implements JavaDelegate {

    private final WorkshopProgress progress;

    RemindWorkshopInvitees(WorkshopProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.remindPending(progress.boundTo(execution.getProcessInstanceId()));
    }
}
