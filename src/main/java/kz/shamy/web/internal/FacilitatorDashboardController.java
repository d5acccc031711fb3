package kz.shamy.web.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.shamy.circle.Circles;
import kz.shamy.identity.Role;
import kz.shamy.shared.Forbidden;
import kz.shamy.web.internal.TeacherStages.CircleBlock;
import kz.shamy.web.internal.TeacherStages.Row;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A facilitator's circles at a glance ({@code /dashboard/facilitator}): reviews waiting and anything overdue first,
 * their teachers × stages, who came to the sessions (and who has missed two in a row), and two charts. Only for
 * facilitators, and only their own circles.
 */
@Controller
class FacilitatorDashboardController {

    private final Circles circles;
    private final TeacherStages stages;
    private final DashboardCharts charts;
    private final Clock clock;

    FacilitatorDashboardController(Circles circles, TeacherStages stages, DashboardCharts charts, Clock clock) {
        this.clock = clock;
        this.circles = circles;
        this.stages = stages;
        this.charts = charts;
    }

    @GetMapping("/dashboard/facilitator")
    String dashboard(Authentication user, Locale locale, Model model) {
        if (!Roles.has(user, Role.FACILITATOR)) {
            throw new Forbidden("only a facilitator has a facilitator's dashboard");
        }
        Instant now = clock.instant();
        List<CircleBlock> blocks = stages.of(circles.openCirclesOf(user.getName()));
        List<Row> rows = TeacherStages.rowsOf(blocks);
        model.addAttribute("now", now);
        model.addAttribute("blocks", blocks);
        model.addAttribute("steps", DashboardCharts.STAGES);
        model.addAttribute("attention", DashboardCharts.needingAttention(rows, now));
        model.addAttribute("funnel", charts.funnel(rows, locale));
        model.addAttribute("attendanceCharts", blocks.stream().map(block -> charts.attendance(block, locale)).toList());
        return "dashboard-facilitator";
    }
}
