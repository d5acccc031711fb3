package kz.shamy.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import kz.shamy.notify.internal.DeadlineReminder.Stage;
import kz.shamy.workflow.DueTask;
import kz.shamy.workflow.TaskDeadlines;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the holder of a task whose due date is near ({@code shamy.mail.deadline-warning} before it) or has
 * passed: once per {@code deadline-repeat}, however often the check runs, and at most {@code overdue-reminders}
 * times after the due date. Each reminder is a row keyed by task, stage and interval number, written with its
 * mail in one transaction; a second node's try at the same key fails and sends nothing.
 */
@Component
public class DeadlineReminders {

    private final TaskDeadlines deadlines;
    private final DeadlineReminderRepository reminders;
    private final MailOutbox outbox;
    private final TaskNames tasks;
    private final MessageSource messages;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineReminders(TaskDeadlines deadlines, DeadlineReminderRepository reminders, MailOutbox outbox,
            TaskNames tasks, MessageSource messages, MailProperties properties, TransactionTemplate transaction,
            Clock clock) {
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.outbox = outbox;
        this.tasks = tasks;
        this.messages = messages;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shamy.mail.deadline-check-every:PT1H}",
            initialDelayString = "${shamy.mail.deadline-check-every:PT1H}")
    void check() {
        remindAt(clock.instant());
    }

    /** @return how many reminders this run wrote */
    public int remindAt(Instant now) {
        int reminded = 0;
        for (DueTask task : deadlines.assignedAndDueBefore(now.plus(properties.deadlineWarning()))) {
            Stage stage = task.due().isAfter(now) ? Stage.APPROACHING : Stage.PASSED;
            Instant from = stage == Stage.APPROACHING ? task.due().minus(properties.deadlineWarning()) : task.due();
            long slot = Duration.between(from, now).toMillis() / properties.deadlineRepeat().toMillis();
            if (stage == Stage.PASSED && slot >= properties.overdueReminders()) {
                continue;
            }
            if (remindOnce(task, stage, slot, now)) {
                reminded++;
            }
        }
        return reminded;
    }

    private boolean remindOnce(DueTask task, Stage stage, long slot, Instant now) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (reminders.existsById(DeadlineReminder.key(task.taskId(), stage, slot))) {
                    return false;
                }
                reminders.saveAndFlush(new DeadlineReminder(task.taskId(), stage, slot, now));
                return outbox.record(task.assignee(), MailKind.DEADLINE, language -> messages.getMessage(
                        stage == Stage.APPROACHING ? "mail.deadline.approaching" : "mail.deadline.passed",
                        new Object[] {tasks.name(task.taskDefinitionKey(), task.taskName(), language),
                                tasks.time(task.due(), language)}, language), "/tasks/" + task.taskId());
            }));
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            return false;
        }
    }
}
