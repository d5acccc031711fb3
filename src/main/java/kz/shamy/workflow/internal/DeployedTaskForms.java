package kz.shamy.workflow.internal;

import kz.shamy.workflow.engine.EngineCallers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The form a task is completed with, as {@link DeclaredForm}: read once per process definition and task, from
 * the Camunda Form deployed with it. A task in no process, or with no form, declares no fields.
 */
@Component
class DeployedTaskForms {

    private final TaskService tasks;
    private final FormService forms;
    private final IdentityService identity;
    private final ObjectMapper json;
    private final Map<String, TaskForm> byDefinition = new ConcurrentHashMap<>();

    /** A deployed form: what it takes ({@link DeclaredForm}) and what it shows, in order. */
    record TaskForm(DeclaredForm declared, List<FormComponent> components) {
    }

    DeployedTaskForms(TaskService tasks, FormService forms, IdentityService identity, ObjectMapper json) {
        this.tasks = tasks;
        this.forms = forms;
        this.identity = identity;
        this.json = json;
    }

    /**
     * The task's form, found by the engine itself rather than as the caller: only to check a submission against it
     * before the engine, which then checks the caller's rights on the task; empty when there is no such task. A
     * refusal must first ask {@link #visibleTo} (see {@code EngineApiGuard}), so it tells nobody about a task they
     * may not see.
     */
    Optional<DeclaredForm> taskForm(String taskId) {
        // the form service reads the task by its id alone; a task query would build and map the engine's whole
        // task-query SQL, which cost a seventh of a completion's request (issue 13)
        TaskFormData data;
        try {
            data = asUser(null, null, () -> forms.getTaskFormData(taskId));
        } catch (NullValueException noSuchTask) {
            return Optional.empty();
        }
        // a task in no process has no form data
        return Optional.of(data == null ? DeclaredForm.none("(none)") : formOf(data.getTask()).declared());
    }

    /** Whether the caller may see the task (the engine's authorization check, as that caller). */
    boolean visibleTo(String taskId, String userId, List<String> groups) {
        return asUser(userId, groups, () -> tasks.createTaskQuery().taskId(taskId).count()) > 0;
    }

    /** The form of a task already found (as its reader); a task in no process or with no form has none. */
    TaskForm formOf(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return new TaskForm(DeclaredForm.none("(none)"), List.of());
        }
        String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
        return byDefinition.computeIfAbsent(key, k -> asUser(null, null, () -> read(task)));
    }

    private TaskForm read(Task task) {
        CamundaFormRef ref = forms.getTaskFormData(task.getId()).getCamundaFormRef();
        if (ref == null) {
            return new TaskForm(DeclaredForm.none("(none)"), List.of());
        }
        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            JsonNode definition = json.readTree(form);
            return new TaskForm(DeclaredForm.parse(ref.getKey(), definition), FormComponent.parse(definition));
        } catch (IOException e) {
            throw new UncheckedIOException("form " + ref.getKey() + " of task " + task.getId(), e);
        }
    }

    /** Runs a query as this user (or as the engine itself, for {@code null}), then restores who was signed in. */
    private <T> T asUser(String userId, List<String> groups, Supplier<T> query) {
        return EngineCallers.as(identity, userId, groups, query);
    }
}
