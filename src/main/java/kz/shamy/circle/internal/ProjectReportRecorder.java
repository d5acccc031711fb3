package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import static kz.shamy.circle.DevelopmentProjectVariables.ACADEMIC_YEAR;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_BODY;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_ID;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_KEYWORDS;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_LANGUAGE;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_SUBJECT;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_SUMMARY;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_TITLE;

import kz.shamy.reports.ReportDraft;
import kz.shamy.reports.ReportVersion;
import kz.shamy.reports.Reports;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code complete} of WriteReport: the report and its publishable summary (500 to 1,100 words) are
 * submitted as a new version; the process keeps only the report's id.
 */
@Component("recordProjectReport")
class ProjectReportRecorder implements TaskListener {

    private final DevelopmentProjects projects;
    private final Reports reports;

    ProjectReportRecorder(DevelopmentProjects projects, Reports reports) {
        this.projects = projects;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        DevelopmentProject project = projects.project(projects.boundTo(task.getProcessInstanceId()).id());
        ReportDraft draft = new ReportDraft(project.id(), project.teacher(), project.schoolId(),
                ProjectTaskInput.text(task, REPORT_TITLE), ProjectTaskInput.text(task, REPORT_LANGUAGE),
                ProjectTaskInput.text(task, REPORT_SUBJECT), ProjectTaskInput.text(task, ACADEMIC_YEAR),
                ProjectTaskInput.text(task, REPORT_SUMMARY), ProjectTaskInput.text(task, REPORT_BODY),
                ProjectTaskInput.text(task, REPORT_KEYWORDS), project.facilitator());
        ReportVersion version = ProjectTaskInput.orRejected(() -> reports.submitDraft(draft));
        task.setVariable(REPORT_ID, version.reportId());
        ProjectTaskInput.remove(task, REPORT_TITLE, REPORT_LANGUAGE, REPORT_SUBJECT, ACADEMIC_YEAR, REPORT_SUMMARY,
                REPORT_BODY, REPORT_KEYWORDS);
    }
}
