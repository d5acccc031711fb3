package kz.shamy.circle;

import static kz.shamy.circle.DevelopmentProjectVariables.PLAN_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On {@code complete} of DraftPlan: the plan is kept as a new round and leaves the process. */
@Component("recordProjectPlan")
class ProjectPlanRecorder implements TaskListener {

    private final DevelopmentProjects projects;

    ProjectPlanRecorder(DevelopmentProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        String plan = ProjectTaskInput.text(task, PLAN_TEXT);
        ProjectTaskInput.orRejected(() -> projects.submitPlan(projects.boundTo(task.getProcessInstanceId()).getId(), plan));
        task.removeVariable(PLAN_TEXT);
    }
}
