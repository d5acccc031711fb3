package kz.shamy.programme.internal;

import static kz.shamy.programme.internal.InductionWorkshop.*;

import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of AnswerInvitation: stores the invitee's CONFIRMED or DECLINED. */
@Component("recordInvitationAnswer")
class RecordInvitationAnswer implements TaskListener {

    private final WorkshopProgress progress;

    RecordInvitationAnswer(WorkshopProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        Object answer = task.getVariable(ANSWER);
        if (!InvitationAnswer.CONFIRMED.name().equals(answer) && !InvitationAnswer.DECLINED.name().equals(answer)) {
            throw new TaskInputRejected("answer must be CONFIRMED or DECLINED, not '" + answer + "'");
        }
        progress.answer(progress.boundTo(task.getProcessInstanceId()), task.getAssignee(),
                InvitationAnswer.valueOf((String) answer));
        task.getExecution().removeVariable(ANSWER);
    }
}
