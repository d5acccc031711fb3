package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_APPROVED;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_COMMENTS;

import kz.shamy.notify.Notifier;
import kz.shamy.reports.ReportVersion;
import kz.shamy.reports.Reports;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * SignOffReport. On {@code create} it forgets the previous version's decision. On {@code complete} the
 * facilitator approves the version (the project moves to publishing) or returns it with comments (the
 * teacher is told and revises).
 */
@Component("recordReportDecision")
class ProjectReportDecisionRecorder implements TaskListener {

    private final DevelopmentProjects projects;
    private final Reports reports;
    private final Notifier notifier;

    ProjectReportDecisionRecorder(DevelopmentProjects projects, Reports reports, Notifier notifier) {
        this.projects = projects;
        this.reports = reports;
        this.notifier = notifier;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ProjectTaskInput.remove(task, REPORT_APPROVED, REPORT_COMMENTS);
            return;
        }
        boolean approved = ProjectTaskInput.decision(task, REPORT_APPROVED, "approve the report, or return it?");
        String comments = ProjectTaskInput.text(task, REPORT_COMMENTS);
        Long projectId = projects.boundTo(task.getProcessInstanceId()).id();
        Long reportId = reports.ofProject(projectId).orElseThrow(
                () -> new TaskInputRejected("project " + projectId + " has no report to decide on")).id();
        String reviewer = ProjectReviewer.of(task);
        if (approved) {
            ProjectTaskInput.orRejected(REPORT_COMMENTS, () -> reports.approve(reportId, reviewer, comments));
            projects.moveTo(projectId, ProjectStage.PUBLISHING);
        } else {
            ReportVersion version = ProjectTaskInput.orRejected(REPORT_COMMENTS,
                    () -> reports.returnForRevision(reportId, reviewer, comments));
            notifier.notifyAbout(projects.project(projectId).teacher(), "/projects/" + projectId,
                    "notify.devwork.reportReturned",
                    version.versionNumber(), version.decisionComments());
        }
        task.setVariable(REPORT_APPROVED, approved);
        task.removeVariable(REPORT_COMMENTS);
    }
}
