package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.ProjectStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A development project as a timeline of the method's stages: each one done (when its task was completed), the
 * current one (with the date it is due) or one still to come. Shamy's table says where the project is; the engine's
 * history says when each earlier task was done and its open task when the current one is due.
 */
@Service
@Transactional(readOnly = true)
public class ProjectTimelines {

    /**
     * A review the facilitator has not decided within this long is overdue: ReviewPlan's timer
     * (Timer_PlanReviewOverdue, P7D in development-work.bpmn) escalates it then; a report's sign-off is held to the
     * same, unless the task itself carries a due date.
     */
    public static final Duration REVIEW_WITHIN = Duration.ofDays(7);

    public enum StepState {
        DONE,
        CURRENT,
        NEXT
    }

    /** One stage on the timeline: {@code doneAt} only when done, {@code dueAt} only for the current stage. */
    public record Step(ProjectStage stage, StepState state, Instant doneAt, Instant dueAt) {

        public boolean isOverdue(Instant now) {
            return state == StepState.CURRENT && dueAt != null && now.isAfter(dueAt);
        }
    }

    private final HistoryService history;
    private final TaskService tasks;

    ProjectTimelines(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    public List<Step> stepsOf(DevelopmentProject project) {
        Map<String, Instant> doneByTask = new HashMap<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .processInstanceId(project.processInstanceId()).finished().list()) {
            // a returned plan is drafted and reviewed again: the last time counts
            doneByTask.merge(task.getTaskDefinitionKey(), task.getEndTime().toInstant(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        Instant due = dueOfCurrentStage(project, openTaskDues(List.of(project)));
        List<Step> steps = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            if (stage.ordinal() < project.stage().ordinal() || project.stage() == ProjectStage.COMPLETED) {
                Instant doneAt = stage.taskKey().map(doneByTask::get).orElse(project.completedAt());
                steps.add(new Step(stage, StepState.DONE, doneAt, null));
            } else if (stage == project.stage()) {
                steps.add(new Step(stage, StepState.CURRENT, null, due));
            } else {
                steps.add(new Step(stage, StepState.NEXT, null, null));
            }
        }
        return steps;
    }

    /**
     * When the project's current stage is due: its open task's due date if the task has one, otherwise for a
     * review {@link #REVIEW_WITHIN} after the review began; null when nothing is due.
     */
    public Instant dueOfCurrentStage(DevelopmentProject project, Map<String, Instant> openTaskDues) {
        Instant taskDue = openTaskDues.get(project.processInstanceId() + "/" + project.stage().taskKey().orElse(""));
        if (taskDue != null) {
            return taskDue;
        }
        boolean review = project.stage() == ProjectStage.PLAN_REVIEW || project.stage() == ProjectStage.REPORT_REVIEW;
        return review && project.stageChangedAt() != null ? project.stageChangedAt().plus(REVIEW_WITHIN) : null;
    }

    /** The due dates of the projects' open tasks, by "processInstanceId/taskDefinitionKey", in one query. */
    public Map<String, Instant> openTaskDues(Collection<DevelopmentProject> projects) {
        String[] instances = projects.stream().map(DevelopmentProject::processInstanceId).filter(Objects::nonNull)
                .toArray(String[]::new);
        Map<String, Instant> dues = new HashMap<>();
        if (instances.length == 0) {
            return dues;
        }
        for (Task task : tasks.createTaskQuery().processInstanceIdIn(instances).list()) {
            Date due = task.getDueDate();
            if (due != null) {
                dues.put(task.getProcessInstanceId() + "/" + task.getTaskDefinitionKey(), due.toInstant());
            }
        }
        return dues;
    }
}
