package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.shamy.identity.Role;
import kz.shamy.reports.ProjectReport;
import kz.shamy.reports.ReportVersion;
import kz.shamy.reports.Reports;
import kz.shamy.shared.Forbidden;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A teacher's own development work at a glance ({@code /my-programme}): the method's stages as a timeline, the
 * latest plan, the evidence log, the report and every piece of feedback, dated. Only for teachers, and only their own.
 */
@Controller
class MyProgrammeController {

    /** One piece of feedback: a plan review ({@code plan} true) or a decision on a report version. */
    record Feedback(Instant at, boolean plan, int round, String decision, String comments, String by) {
    }

    private final DevelopmentProjects projects;
    private final ProjectTimelines timelines;
    private final Reports reports;
    private final Clock clock;

    MyProgrammeController(DevelopmentProjects projects, ProjectTimelines timelines, Reports reports, Clock clock) {
        this.clock = clock;
        this.projects = projects;
        this.timelines = timelines;
        this.reports = reports;
    }

    @GetMapping("/my-programme")
    String myProgramme(Authentication user, Model model) {
        if (user.getAuthorities().stream().noneMatch(a -> Role.TEACHER.authority().equals(a.getAuthority()))) {
            throw new Forbidden("only a teacher has a programme of their own");
        }
        model.addAttribute("now", clock.instant());
        Optional<DevelopmentProject> latest = projects.latestOf(user.getName());
        model.addAttribute("project", latest.orElse(null));
        if (latest.isEmpty()) {
            return "my-programme";
        }
        DevelopmentProject project = latest.get();
        List<ProjectPlan> plans = projects.plans(project.id());
        List<PlanReview> reviews = projects.planReviews(project.id());
        Optional<ProjectReport> report = reports.ofProject(project.id());
        List<ReportVersion> versions = report.map(r -> reports.versions(r.id())).orElse(List.of());

        model.addAttribute("steps", timelines.stepsOf(project));
        model.addAttribute("plan", plans.isEmpty() ? null : plans.get(plans.size() - 1));
        model.addAttribute("planRounds", plans.size());
        model.addAttribute("evidence", projects.evidence(project.id()));
        model.addAttribute("report", report.orElse(null));
        model.addAttribute("reportVersion", versions.isEmpty() ? null : versions.get(versions.size() - 1));
        model.addAttribute("feedback", feedback(reviews, versions));
        return "my-programme";
    }

    /** Every decision with its comments, newest first. */
    private static List<Feedback> feedback(List<PlanReview> reviews, List<ReportVersion> versions) {
        List<Feedback> all = new ArrayList<>();
        for (PlanReview review : reviews) {
            all.add(new Feedback(review.getReviewedAt(), true, review.getRound(), review.getDecision().name(),
                    review.getComments(), review.getReviewer()));
        }
        for (ReportVersion version : versions) {
            if (version.isDecided()) {
                all.add(new Feedback(version.decidedAt(), false, version.versionNumber(),
                        version.decision().name(), version.decisionComments(), version.decidedBy()));
            }
        }
        all.sort(Comparator.comparing(Feedback::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }
}
