package kz.shamy.workflow;

import kz.shamy.workflow.engine.EngineCallers;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The due dates of open user tasks, for reminders and calendars. Read as Shamy itself (no one's authorizations
 * narrow it): the callers decide whose tasks they show to whom.
 */
@Service
public class TaskDeadlines {

    private final TaskService tasks;
    private final IdentityService identity;

    TaskDeadlines(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Open (not suspended), assigned tasks due before {@code before}, the earliest first. */
    public List<DueTask> assignedAndDueBefore(Instant before) {
        return asShamy(() -> dueTasks(tasks.createTaskQuery().active().taskAssigned().dueBefore(Date.from(before))));
    }

    /** The person's open tasks that have a due date. */
    public List<DueTask> dueTasksOf(String assignee) {
        return asShamy(() -> dueTasks(tasks.createTaskQuery().active().taskAssignee(assignee)));
    }

    private static List<DueTask> dueTasks(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskId().asc().list().stream()
                .filter(task -> task.getDueDate() != null)
                .map(TaskDeadlines::dueTask)
                .toList();
    }

    private static DueTask dueTask(Task task) {
        return new DueTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                task.getDueDate().toInstant());
    }

    private <T> T asShamy(Supplier<T> query) {
        return EngineCallers.asEngine(identity, query);
    }
}
