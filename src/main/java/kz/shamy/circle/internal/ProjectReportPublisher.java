package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import static kz.shamy.circle.DevelopmentProjectVariables.PROJECT_COMPLETED;

import kz.shamy.notify.Notifier;
import kz.shamy.reports.ReportVersion;
import kz.shamy.reports.Reports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * PublishReport (asynchronous, so a failure is retried as a job): the approved version becomes the
 * published one, the project is completed, and the teacher is told.
 */
@Component("publishReport")
class ProjectReportPublisher implements JavaDelegate {

    private final DevelopmentProjects projects;
    private final Reports reports;
    private final Notifier notifier;

    ProjectReportPublisher(DevelopmentProjects projects, Reports reports, Notifier notifier) {
        this.projects = projects;
        this.reports = reports;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long projectId = projects.boundTo(execution.getProcessInstanceId()).id();
        ReportVersion published = reports.publish(reports.ofProject(projectId).orElseThrow(
                () -> new IllegalStateException("project " + projectId + " has no report to publish")).id());
        projects.complete(projectId);
        notifier.notify(projects.project(projectId).teacher(), "notify.devwork.reportPublished",
                published.title());
        execution.setVariable(PROJECT_COMPLETED, true);
    }
}
