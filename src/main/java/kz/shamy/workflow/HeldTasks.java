package kz.shamy.workflow;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;

/**
 * The open tasks a person holds in one process instance, so a page about what the instance concerns (a project, a
 * case) can take its reader straight to their task on Shamy's task page.
 */
@Service
public class HeldTasks {

    private final TaskService tasks;

    HeldTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    /** One open task: its id for {@code /tasks/{id}}, its name and the form it is completed with. */
    public record HeldTask(String id, String name, String formId) {
    }

    public List<HeldTask> heldIn(String processInstanceId, String user) {
        if (processInstanceId == null || user == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskAssignee(user).active()
                .initializeFormKeys().list().stream()
                .map(task -> new HeldTask(task.getId(), task.getName(),
                        task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey()))
                .toList();
    }
}
