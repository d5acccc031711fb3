package kz.shamy.workflow.internal;

import kz.shamy.workflow.engine.EngineCallers;
import kz.shamy.workflow.TaskInputRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kz.shamy.shared.NotFound;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * A person's work in the engine, for Shamy's own task pages: their open tasks, one task with its form, claiming and
 * completing. Every call runs as that person, so the engine's authorizations decide what they see and may do, as
 * they do for Tasklist; a completion goes through the same checks as Tasklist's ({@link TaskSubmission}).
 */
@Service
class TaskWork {

    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final DeployedTaskForms deployedForms;

    TaskWork(TaskService tasks, FormService forms, RepositoryService repository, IdentityService identity,
            DeployedTaskForms deployedForms) {
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        this.identity = identity;
        this.deployedForms = deployedForms;
    }

    /** A person, as the engine knows them. */
    record Worker(String user, List<String> groups) {
    }

    /** An open task as the list shows it; {@code claimable} when it waits for one of its candidates to take it. */
    record OpenTask(String id, String name, String processDefinitionKey, String taskDefinitionKey,
            String processInstanceId, Instant created, Instant due, boolean claimable, String formId) {

        public boolean overdue(Instant now) {
            return due != null && due.isBefore(now);
        }
    }

    /** The person's tasks (those assigned to them, then those they may claim), the soonest due first. */
    List<OpenTask> openTasks(Worker worker) {
        return as(worker, () -> {
            List<OpenTask> open = new ArrayList<>();
            tasks.createTaskQuery().taskAssignee(worker.user()).active().initializeFormKeys().list()
                    .forEach(task -> open.add(openTask(task, false)));
            Map<String, Task> claimable = new LinkedHashMap<>();
            tasks.createTaskQuery().taskCandidateUser(worker.user()).active().initializeFormKeys().list()
                    .forEach(task -> claimable.put(task.getId(), task));
            if (!worker.groups().isEmpty()) {
                tasks.createTaskQuery().taskCandidateGroupIn(worker.groups()).active().initializeFormKeys()
                        .list()
                        .forEach(task -> claimable.putIfAbsent(task.getId(), task));
            }
            claimable.values().forEach(task -> open.add(openTask(task, true)));
            open.sort(Comparator.comparing(OpenTask::claimable)
                    .thenComparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(OpenTask::created, Comparator.nullsLast(Comparator.naturalOrder())));
            return open;
        });
    }

    /** One task the person may see, with its form and the values it holds; {@link NotFound} for any other id. */
    TaskSheet sheet(String taskId, Worker worker) {
        return as(worker, () -> {
            Task task = visible(taskId);
            DeployedTaskForms.TaskForm form = deployedForms.formOf(task);
            Map<String, Object> values = new LinkedHashMap<>();
            try {
                values.putAll(tasks.getVariables(taskId));
            } catch (AuthorizationException e) {
                // a candidate who has not claimed the task yet reads no variables
            }
            return new TaskSheet(openTask(task, task.getAssignee() == null), form.declared().formKey(),
                    form.components(), values);
        });
    }

    /** Takes a task the person is a candidate for. */
    void claim(String taskId, Worker worker) {
        as(worker, () -> {
            Task task = visible(taskId);
            if (task.getAssignee() != null && !task.getAssignee().equals(worker.user())) {
                throw new TaskTaken(taskId);
            }
            tasks.claim(taskId, worker.user());
            return null;
        });
    }

    /**
     * Completes a task with what its form submitted: the values checked against the deployed form first, then the
     * engine and the process's listeners, whose refusal ({@link TaskInputRejected}) leaves the task open.
     *
     * @throws TaskSubmission.Refused naming the fields at fault
     */
    void complete(String taskId, Worker worker, Map<String, String> submitted) {
        as(worker, () -> {
            Task task = visible(taskId);
            if (!worker.user().equals(task.getAssignee())) {
                throw new TaskSubmission.Refused(Map.of(), new FieldProblem("tasks.claimFirst", null, null));
            }
            DeployedTaskForms.TaskForm form = deployedForms.formOf(task);
            Map<String, Object> variables = TaskSubmission.read(form, submitted);
            try {
                forms.submitTaskForm(taskId, variables);
            } catch (RuntimeException failure) {
                TaskInputRejected rejected = TaskSubmission.rejectionIn(failure);
                if (rejected == null) {
                    throw failure;
                }
                throw TaskSubmission.Refused.by(rejected, form.declared());
            }
            return null;
        });
    }

    /** The name of a process, for a page that lists tasks of several. */
    String processName(String processDefinitionKey) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey)
                .latestVersion().singleResult();
        return definition == null || definition.getName() == null ? processDefinitionKey : definition.getName();
    }

    private Task visible(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new NotFound("task", taskId);
        }
        return task;
    }

    private OpenTask openTask(Task task, boolean claimable) {
        String processKey = task.getProcessDefinitionId() == null ? null
                : task.getProcessDefinitionId().split(":", 2)[0];
        return new OpenTask(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(),
                task.getProcessInstanceId(), instant(task.getCreateTime()), instant(task.getDueDate()), claimable,
                task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Runs as the person, then restores whoever the engine had. */
    private <T> T as(Worker worker, Supplier<T> work) {
        return EngineCallers.as(identity, worker.user(), worker.groups(), work);
    }
}
