package kz.shamy.demo.internal;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * DEMO ONLY. Completes a task the way Tasklist does for its assignee: signed in as that user (so the
 * engine checks their task rights and the listeners see who decided), through the engine's TaskService,
 * so every task listener validates and saves the content.
 */
@Component
class DemoTasks {

    private final TaskService tasks;
    private final IdentityService identity;

    DemoTasks(TaskService tasks, IdentityService identity) {
        this.tasks = tasks;
        this.identity = identity;
    }

    /** The one open task of the process instance (development-work has one user task open at a time). */
    Task openTask(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    Task openTask(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    }

    void completeAsAssignee(Task task, Map<String, Object> form) {
        String user = task.getAssignee();
        if (user == null) {
            throw new IllegalStateException("demo task " + task.getTaskDefinitionKey() + " has no assignee");
        }
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            tasks.complete(task.getId(), form);
        } finally {
            identity.clearAuthentication();
        }
    }
}
