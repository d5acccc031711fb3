package kz.shamy.programme.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task RecordNoAnswers (after the deadline timer): who has not answered is recorded as no answer. */
@Component("recordNoAnswers")
public class RecordNoAnswers implements JavaDelegate {

    private final WorkshopProgress progress;

    RecordNoAnswers(WorkshopProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.recordNoAnswers(progress.boundTo(execution.getProcessInstanceId()));
    }
}
