package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RemindTeacher (every 30 days while leading the work): a nudge to keep the evidence log going. */
@Component("remindTeacherOfEvidence")
class EvidenceReminder implements JavaDelegate {

    private final DevelopmentProjects projects;
    private final Notifier notifier;

    EvidenceReminder(DevelopmentProjects projects, Notifier notifier) {
        this.projects = projects;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long projectId = projects.boundTo(execution.getProcessInstanceId()).id();
        DevelopmentProject project = projects.project(projectId);
        notifier.notify(project.teacher(), "notify.devwork.evidenceReminder", projects.evidenceCount(projectId));
    }
}
