package kz.shamy.programme.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task CloseWorkshop: who attended both days becomes eligible for circles. */
@Component("closeWorkshop")
public class CloseWorkshop implements JavaDelegate {

    private final WorkshopProgress progress;

    CloseWorkshop(WorkshopProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.close(progress.boundTo(execution.getProcessInstanceId()));
    }
}
