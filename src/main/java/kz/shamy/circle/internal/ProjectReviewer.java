package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.workflow.SignedInUser;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the review tasks (ReviewPlan, SignOffReport), for {@code assignment} and {@code complete}: a teacher
 * never reviews their own plan or report. The task cannot be given to the teacher, and is completed only
 * with an assignee (the circle's facilitator) who is not the teacher.
 */
@Component("projectReviewerIsNotTeacher")
class ProjectReviewer implements TaskListener {

    private final DevelopmentProjects projects;

    ProjectReviewer(DevelopmentProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        String teacher = projects.boundTo(task.getProcessInstanceId()).teacher();
        String assignee = task.getAssignee();
        if (teacher != null && teacher.equals(assignee)) {
            throw new TaskInputRejected("a teacher cannot review their own work: " + task.getTaskDefinitionKey()
                    + " cannot be assigned to " + teacher);
        }
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (assignee == null) {
                throw new TaskInputRejected(task.getTaskDefinitionKey()
                        + " must be assigned to the circle's facilitator before it is completed");
            }
            String user = currentUser(task);
            if (user != null && user.equals(teacher)) {
                throw new TaskInputRejected("a teacher cannot review their own work");
            }
        }
    }

    /** Who decides: the signed-in user when there is one, otherwise the task's assignee. */
    static String of(DelegateTask task) {
        String user = currentUser(task);
        return user != null ? user : task.getAssignee();
    }

    private static String currentUser(DelegateTask task) {
        return SignedInUser.of(task).orElse(null);
    }
}
