package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import static kz.shamy.circle.DevelopmentProjectVariables.PROJECT_COMPLETED;

import kz.shamy.reports.Reports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * PublishReport (asynchronous, so a failure is retried as a job): the approved version becomes the
 * published one and the project is completed. The teacher is told by notify, which listens for
 * {@link kz.shamy.reports.ReportPublished}.
 */
@Component("publishReport")
class ProjectReportPublisher implements JavaDelegate {

    private final DevelopmentProjects projects;
    private final Reports reports;

    ProjectReportPublisher(DevelopmentProjects projects, Reports reports) {
        this.projects = projects;
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long projectId = projects.boundTo(execution.getProcessInstanceId()).id();
        reports.publish(reports.ofProject(projectId).orElseThrow(
                () -> new IllegalStateException("project " + projectId + " has no report to publish")).id());
        projects.complete(projectId);
        execution.setVariable(PROJECT_COMPLETED, true);
    }
}
