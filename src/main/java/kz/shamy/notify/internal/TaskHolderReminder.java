package kz.shamy.notify.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A building block for any process ("Remind whoever holds the task", an element template of the modeler): reminds
 * each person who holds an open task of this process instance, linking to the task. Put on a service task after a
 * non-interrupting timer on a user task, it reminds that task's holder while the task stays open. Who holds a task
 * is the engine's assignee, which the process set from Shamy's relations; tasks nobody has taken yet remind no one.
 */
@Component("remindTaskHolders")
class TaskHolderReminder implements JavaDelegate {

    static final String MESSAGE = "notify.tasks.reminder";

    private final TaskService tasks;
    private final Notifier notifier;

    TaskHolderReminder(TaskService tasks, Notifier notifier) {
        this.tasks = tasks;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Set<String> reminded = new LinkedHashSet<>();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).active()
                .orderByTaskCreateTime().asc().list()) {
            if (task.getAssignee() != null && reminded.add(task.getAssignee() + "\u0000" + task.getId())) {
                notifier.notifyAbout(task.getAssignee(), "/tasks/" + task.getId(), MESSAGE, task.getName());
            }
        }
    }
}
