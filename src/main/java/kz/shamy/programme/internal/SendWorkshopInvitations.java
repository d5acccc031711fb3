package kz.shamy.programme.internal;

import static kz.shamy.programme.internal.InductionWorkshop.*;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task SendInvitations: notifies every invitee and sets when to remind them and when answers close. */
@Component("sendWorkshopInvitations")
class SendWorkshopInvitations implements JavaDelegate {

    private final WorkshopProgress progress;
    private final WorkshopTimers timers;
    private final Clock clock;

    SendWorkshopInvitations(WorkshopProgress progress, WorkshopTimers timers, Clock clock) {
        this.progress = progress;
        this.timers = timers;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Workshop workshop = progress.invitationsSent(progress.boundTo(execution.getProcessInstanceId()));
        Instant deadline = timers.answerDeadline(workshop.getRegistrationDeadline());
        execution.setVariable(ANSWER_DEADLINE, WorkshopTimers.asDate(deadline));
        execution.setVariable(REMINDER_AT, WorkshopTimers.asDate(timers.reminderAt(deadline, clock.instant())));
    }
}
