package kz.shamy.notify.internal;

import java.util.Objects;
import kz.shamy.workflow.TaskAssigned;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A task came to a person: a mail linking to its page, written in the engine's transaction (so a rolled-back
 * assignment writes none). Nobody is told of a task they took themselves.
 */
@Component
class AssignmentMail {

    private final MailOutbox outbox;
    private final TaskNames tasks;
    private final MessageSource messages;

    AssignmentMail(MailOutbox outbox, TaskNames tasks, MessageSource messages) {
        this.outbox = outbox;
        this.tasks = tasks;
        this.messages = messages;
    }

    @EventListener
    void on(TaskAssigned assigned) {
        if (Objects.equals(assigned.assignee(), assigned.assignedBy())) {
            return;
        }
        outbox.record(assigned.assignee(), MailKind.ASSIGNMENT, language -> {
            String name = tasks.name(assigned.taskDefinitionKey(), assigned.taskName(), language);
            return assigned.due() == null
                    ? messages.getMessage("mail.assigned", new Object[] {name}, language)
                    : messages.getMessage("mail.assigned.due",
                            new Object[] {name, tasks.time(assigned.due(), language)}, language);
        }, "/tasks/" + assigned.taskId());
    }
}
