package kz.shamy.workflow.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * {@code DELETE task/{id}}, checked before the engine sees it. The engine deletes nothing and answers 204 for
 * an id it does not know, answers 403 for another's task (which tells the caller the task exists) and fails
 * with 500 for a task of a process. Here: a task the caller may not see is 404, as an unknown id is; a task of
 * a process is 400 (it ends when it is completed or its process moves on); only a standalone task the caller
 * sees reaches the engine, which checks the caller's right to delete it.
 */
@Provider
@Priority(Priorities.USER)
class TaskDeletionCheck implements ContainerRequestFilter {

    private static final Pattern TASK = Pattern.compile("(?:^|/)task/([^/]+)/?$");

    @Override
    public void filter(ContainerRequestContext request) {
        Matcher task = TASK.matcher(request.getUriInfo().getPath());
        if (!"DELETE".equals(request.getMethod()) || !task.find()) {
            return;
        }
        TaskService tasks = EngineUtil.lookupProcessEngine(null).getTaskService();
        Task visible = tasks.createTaskQuery().taskId(task.group(1)).singleResult();
        if (visible == null) {
            request.abortWith(EngineProblems.notFound("no open task " + task.group(1)));
        } else if (visible.getProcessInstanceId() != null || visible.getCaseInstanceId() != null) {
            request.abortWith(EngineProblems.invalid("task " + task.group(1) + " belongs to a process and cannot be "
                    + "deleted: it ends when it is completed or its process moves on"));
        }
    }
}
