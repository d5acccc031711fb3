package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.PastProjectsWhilePlanning;
import static kz.shamy.circle.DevelopmentProjectVariables.ACADEMIC_YEAR;
import static kz.shamy.circle.DevelopmentProjectVariables.PLAN_TEXT;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_BODY;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_KEYWORDS;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_LANGUAGE;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_SUBJECT;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_SUMMARY;
import static kz.shamy.circle.DevelopmentProjectVariables.REPORT_TITLE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shamy.reports.ProjectReport;
import kz.shamy.reports.ReportDecision;
import kz.shamy.reports.ReportVersion;
import kz.shamy.reports.Reports;
import kz.shamy.workflow.TaskContext;
import org.springframework.stereotype.Component;

/**
 * What a development-work task is about, on Shamy's task page: the plan under review with every earlier round and
 * its comments, the report with every version and its decision, the evidence so far — seen alike by the teacher and
 * the facilitator. A plan or a report that came back starts from what the teacher wrote last, not from nothing.
 */
@Component
class ProjectTaskContext implements TaskContext {

    static final String PROCESS = "development-work";

    /** The steps whose page offers past projects, and the field whose text, as it is typed, finds them. */
    private static final Map<String, String> PLANNING_FIELDS = Map.of(
            "IdentifyConcern", DevelopmentProjectVariables.CONCERN, "DraftPlan", PLAN_TEXT);

    private final DevelopmentProjects projects;
    private final Reports reports;
    private final PastProjectsWhilePlanning pastProjects;

    ProjectTaskContext(DevelopmentProjects projects, Reports reports, PastProjectsWhilePlanning pastProjects) {
        this.projects = projects;
        this.reports = reports;
        this.pastProjects = pastProjects;
    }

    @Override
    public Optional<View> describe(About task, String reader) {
        if (!PROCESS.equals(task.processDefinitionKey())) {
            return Optional.empty();
        }
        Optional<DevelopmentProject> bound = projects.findBoundTo(task.processInstanceId());
        if (bound.isEmpty() || !bound.get().involves(reader)) {
            return Optional.empty();
        }
        DevelopmentProject project = bound.get();
        List<PlanRound> rounds = PlanRound.of(projects, project.id());
        Optional<ProjectReport> report = reports.ofProject(project.id());
        List<ReportVersion> versions = report.map(r -> reports.versions(r.id())).orElse(List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("project", project);
        model.put("step", task.taskDefinitionKey());
        model.put("rounds", rounds);
        model.put("evidence", projects.evidence(project.id()));
        model.put("versions", versions);
        report.ifPresent(r -> model.put("reportId", r.id()));
        String planningField = PLANNING_FIELDS.get(task.taskDefinitionKey());
        if (planningField != null) {
            model.put("pastProjects", pastProjects.like(project));
            model.put("likeField", planningField);
        }
        return Optional.of(new View("project-task", model, prefill(task.taskDefinitionKey(), rounds, report, versions)));
    }

    /** A returned plan or report comes back as the teacher last wrote it. */
    private static Map<String, Object> prefill(String step, List<PlanRound> rounds, Optional<ProjectReport> report,
            List<ReportVersion> versions) {
        Map<String, Object> prefill = new HashMap<>();
        if ("DraftPlan".equals(step) && !rounds.isEmpty() && rounds.get(rounds.size() - 1).returned()) {
            prefill.put(PLAN_TEXT, rounds.get(rounds.size() - 1).plan().getText());
        }
        if ("WriteReport".equals(step) && report.isPresent() && !versions.isEmpty()) {
            ReportVersion last = versions.get(versions.size() - 1);
            if (last.decision() == ReportDecision.RETURNED) {
                putIfPresent(prefill, REPORT_TITLE, last.title());
                putIfPresent(prefill, REPORT_SUMMARY, last.summary());
                putIfPresent(prefill, REPORT_BODY, last.body());
                putIfPresent(prefill, REPORT_KEYWORDS, last.keywords());
                putIfPresent(prefill, REPORT_LANGUAGE, report.get().language());
                putIfPresent(prefill, REPORT_SUBJECT, report.get().subject());
                putIfPresent(prefill, ACADEMIC_YEAR, report.get().academicYear());
            }
        }
        return prefill;
    }

    private static void putIfPresent(Map<String, Object> values, String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
