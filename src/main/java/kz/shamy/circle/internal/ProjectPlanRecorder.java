package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import static kz.shamy.circle.DevelopmentProjectVariables.PLAN_TEXT;

import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code complete} of DraftPlan: the plan is kept as a new round and leaves the process; the facilitator is told
 * a round waits for them (the review task's mail comes from notify; this is the line on their home page).
 */
@Component("recordProjectPlan")
class ProjectPlanRecorder implements TaskListener {

    private final DevelopmentProjects projects;
    private final Notifier notifier;

    ProjectPlanRecorder(DevelopmentProjects projects, Notifier notifier) {
        this.projects = projects;
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateTask task) {
        String plan = ProjectTaskInput.text(task, PLAN_TEXT);
        DevelopmentProject project = projects.boundTo(task.getProcessInstanceId());
        ProjectPlan round = ProjectTaskInput.orRejected(() -> projects.submitPlan(project.id(), plan));
        notifier.notifyAbout(project.facilitator(), "/projects/" + project.id(), "notify.devwork.planSubmitted",
                project.teacher(), round.getRound());
        task.removeVariable(PLAN_TEXT);
    }
}
