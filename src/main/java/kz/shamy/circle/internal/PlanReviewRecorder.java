package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import static kz.shamy.circle.DevelopmentProjectVariables.PLAN_APPROVED;
import static kz.shamy.circle.DevelopmentProjectVariables.PLAN_REVIEW_COMMENTS;

import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * ReviewPlan. On {@code create} it forgets the previous round's decision, so no round inherits one. On
 * {@code complete} it keeps the decision as a plan_review row (a return needs comments) and tells the teacher.
 */
@Component("recordPlanReview")
class PlanReviewRecorder implements TaskListener {

    private final DevelopmentProjects projects;
    private final Notifier notifier;

    PlanReviewRecorder(DevelopmentProjects projects, Notifier notifier) {
        this.projects = projects;
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ProjectTaskInput.remove(task, PLAN_APPROVED, PLAN_REVIEW_COMMENTS);
            return;
        }
        boolean approved = ProjectTaskInput.decision(task, PLAN_APPROVED, "approve the plan, or return it?");
        String comments = ProjectTaskInput.text(task, PLAN_REVIEW_COMMENTS);
        DevelopmentProject project = projects.boundTo(task.getProcessInstanceId());
        PlanReview review = ProjectTaskInput.orRejected(PLAN_REVIEW_COMMENTS,
                () -> projects.reviewPlan(project.id(), approved, comments, ProjectReviewer.of(task)));
        String teacher = project.teacher();
        if (approved) {
            notifier.notify(teacher, "notify.devwork.planApproved", review.getRound());
        } else {
            notifier.notifyAbout(teacher, "/projects/" + project.id(), "notify.devwork.planReturned", review.getRound(), review.getComments());
        }
        task.setVariable(PLAN_APPROVED, approved);
        task.removeVariable(PLAN_REVIEW_COMMENTS);
    }
}
