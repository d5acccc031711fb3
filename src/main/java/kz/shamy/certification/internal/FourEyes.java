package kz.shamy.certification.internal;


import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Assignment and complete listener of ModeratePortfolio: the assessor who scored the portfolio may not
 * moderate it. Claiming or completing as the first assessor is refused and the task stays as it was.
 */
@Component("fourEyes")
public class FourEyes implements TaskListener {

    private final Certifications certifications;

    public FourEyes(Certifications certifications) {
        this.certifications = certifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String firstAssessor = certifications.firstAssessorOf(
                certifications.boundTo(task.getProcessInstanceId()).getId()).orElse(null);
        String moderator = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee()
                : TaskForms.actor(task);
        if (moderator != null && moderator.equals(firstAssessor)) {
            throw new TaskInputRejected(moderator + " scored this portfolio and may not also moderate it;"
                    + " a second assessor moderates");
        }
    }
}
