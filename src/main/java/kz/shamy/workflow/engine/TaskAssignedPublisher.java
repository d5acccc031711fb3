package kz.shamy.workflow.engine;

import kz.shamy.workflow.TaskAssigned;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Assignment listener of every user task, after {@link AssignmentRule}: tells the rest of Shamy (mail) that a
 * task came to a person, as a {@link TaskAssigned} event. A task given back (no assignee) is no news.
 */
class TaskAssignedPublisher implements TaskListener {

    private final ObjectProvider<ApplicationEventPublisher> events;

    TaskAssignedPublisher(ObjectProvider<ApplicationEventPublisher> events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null) {
            return;
        }
        String who = EngineCallers.current(task.getProcessEngineServices().getIdentityService())
                .map(EngineCallers.Caller::userId).orElse(null);
        events.getObject().publishEvent(new TaskAssigned(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                task.getAssignee(), who,
                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }
}
