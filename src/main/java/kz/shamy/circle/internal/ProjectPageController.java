package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.identity.Role;
import kz.shamy.reports.Reports;
import kz.shamy.shared.NotFound;
import kz.shamy.workflow.HeldTasks;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A development project's page: the whole of a teacher's development work — values, concern, culture,
 * consultation, every round of the plan with the facilitator's decision and comments, the evidence, the poster and
 * the report — for its teacher, their facilitator (who reviews it from here) and administrators. To anyone else the
 * project does not exist (404).
 */
@Controller
class ProjectPageController {

    private final DevelopmentProjects projects;
    private final Reports reports;
    private final HeldTasks heldTasks;

    ProjectPageController(DevelopmentProjects projects, Reports reports, HeldTasks heldTasks) {
        this.projects = projects;
        this.reports = reports;
        this.heldTasks = heldTasks;
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, Authentication user, Model model) {
        DevelopmentProject project = projects.project(id);
        boolean admin = user.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        boolean involved = user.getName().equals(project.teacher())
                || user.getName().equals(project.facilitator());
        if (!admin && !involved) {
            throw new NotFound("development project", id);
        }
        model.addAttribute("project", project);
        // the reader's own open task on this project (the facilitator's review, the teacher's next step)
        model.addAttribute("heldTasks", heldTasks.heldIn(project.processInstanceId(), user.getName()));
        model.addAttribute("rounds", PlanRound.of(projects, id));
        model.addAttribute("evidence", projects.evidence(id));
        model.addAttribute("reportId", reports.ofProject(id).map(report -> report.id()).orElse(null));
        return "project";
    }
}
