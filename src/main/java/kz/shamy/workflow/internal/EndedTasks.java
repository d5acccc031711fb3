package kz.shamy.workflow.internal;

import kz.shamy.workflow.engine.EngineCallers;
import kz.shamy.workflow.engine.EngineCallers.Caller;
import kz.shamy.workflow.engine.EngineSettings;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Explains a failed request on a task by what became of the task. When two people complete one task at the
 * same moment, the engine fails the second in whichever way the timing gives (a lost optimistic lock, a
 * task not found, a listener's insert that the first already made, a lost grant); all of them mean the same:
 * the task was completed by someone else. So once a request on a task has failed and the task is no longer
 * open, the answer is 409 to a person who could have held it (its assignee, owner, a candidate, an
 * administrator) and 404 to anyone else, exactly as for an id that never was a task, so that nobody learns
 * of another's tasks. Reading a task that is not open is 404 to everyone. A request on a task that is still
 * open is answered as the failure says.
 */
final class EndedTasks {

    private static final Pattern TASK_PATH = Pattern.compile("(?:^|/)task/([^/]+)(?:/.*)?$");
    /** Paths under task/ that are not a task's id. */
    private static final Set<String> NOT_IDS = Set.of("create", "count", "report");

    private EndedTasks() {
    }

    static Optional<Response> explain(String method, String path, Throwable failure) {
        Matcher task = TASK_PATH.matcher(path);
        if (!task.find() || NOT_IDS.contains(task.group(1))) {
            return Optional.empty();
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
        String taskId = task.group(1);
        Optional<Caller> caller = EngineCallers.current(engine.getIdentityService());
        return EngineCallers.asEngine(engine.getIdentityService(), () -> {
            if (engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0) {
                return Optional.<Response>empty();
            }
            HistoricTaskInstance ended = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                    .singleResult();
            if (ended != null && !"GET".equals(method) && caller.isPresent()
                    && couldHaveHeld(engine, ended, caller.get())) {
                return Optional.of(EngineProblems.changed("task " + taskId
                        + " is no longer open: it was completed, or ended by its process, before this request"));
            }
            return Optional.of(EngineProblems.notFound("no open task " + taskId));
        });
    }

    private static boolean couldHaveHeld(ProcessEngine engine, HistoricTaskInstance task, Caller caller) {
        String user = caller.userId();
        List<String> groups = caller.groupIds();
        if (groups.contains(EngineSettings.ADMIN_GROUP) || user.equals(task.getAssignee())
                || user.equals(task.getOwner())) {
            return true;
        }
        for (HistoricIdentityLinkLog link : engine.getHistoryService().createHistoricIdentityLinkLogQuery()
                .taskId(task.getId()).list()) {
            if (user.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }
}
