package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On every user task's {@code create}: the project is now at the stage that task stands for. */
@Component("projectStage")
class ProjectStageListener implements TaskListener {

    private final DevelopmentProjects projects;

    ProjectStageListener(DevelopmentProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        ProjectStage stage = ProjectStage.ofTask(task.getTaskDefinitionKey()).orElseThrow(
                () -> new IllegalStateException("no project stage for task " + task.getTaskDefinitionKey()));
        projects.moveTo(projects.boundTo(task.getProcessInstanceId()).id(), stage);
    }
}
