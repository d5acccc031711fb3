package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * EscalatePlanReview (after ReviewPlan has waited 7 days): records the escalation and tells the facilitator
 * and every admin. The review itself stays open.
 */
@Component("escalatePlanReview")
class PlanReviewEscalator implements JavaDelegate {

    private final DevelopmentProjects projects;
    private final People people;
    private final Notifier notifier;

    PlanReviewEscalator(DevelopmentProjects projects, People people, Notifier notifier) {
        this.projects = projects;
        this.people = people;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long projectId = projects.boundTo(execution.getProcessInstanceId()).id();
        projects.escalateReview(projectId, ProjectStage.PLAN_REVIEW);
        DevelopmentProject project = projects.project(projectId);
        String teacher = people.displayName(project.teacher());
        notifier.notifyAbout(project.facilitator(), "/projects/" + projectId, "notify.devwork.planReviewOverdue",
                teacher, projectId);
        for (Person admin : people.withRole(Role.ADMIN)) {
            notifier.notifyAbout(admin.username(), "/projects/" + projectId,
                    "notify.devwork.planReviewOverdue", teacher, projectId);
        }
    }
}
