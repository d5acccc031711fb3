package kz.shamy.web.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kz.shamy.certification.CertificationOutcomes;
import kz.shamy.circle.Circle;
import kz.shamy.circle.CircleProgress;
import kz.shamy.identity.Role;
import kz.shamy.shared.Forbidden;
import kz.shamy.web.internal.TeacherStages.CircleBlock;
import kz.shamy.web.internal.TeacherStages.Row;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' view of the programme ({@code /dashboard/admin}), for one programme or region if the query
 * asks ({@code ?programme=&region=}): teachers × stages, reviews waiting and overdue, attendance alerts, certification
 * outcomes, and the teachers × stages table as CSV and XLSX. Administrators only.
 */
@Controller
class AdminDashboardController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** One selection of the programme: the circles of a region, the teachers of a programme. */
    record Selection(List<CircleBlock> blocks, List<Row> rows) {
    }

    private final CircleProgress progress;
    private final TeacherStages stages;
    private final DashboardCharts charts;
    private final CertificationOutcomes outcomes;
    private final StageTableExport export;
    private final Clock clock;

    AdminDashboardController(CircleProgress progress, TeacherStages stages, DashboardCharts charts,
            CertificationOutcomes outcomes, StageTableExport export, Clock clock) {
        this.clock = clock;
        this.progress = progress;
        this.stages = stages;
        this.charts = charts;
        this.outcomes = outcomes;
        this.export = export;
    }

    @GetMapping("/dashboard/admin")
    String dashboard(@RequestParam(required = false) Long programme, @RequestParam(required = false) Long region,
            Authentication user, Locale locale, Model model) {
        Selection selection = select(user, programme, region);
        Instant now = clock.instant();
        List<Long> circleIds = selection.blocks().stream().map(block -> block.circle().id()).toList();
        List<String> teachers = selection.rows().stream().map(Row::teacher).toList();
        model.addAttribute("now", now);
        model.addAttribute("programmes", stages.programmes());
        model.addAttribute("regions", stages.regions());
        model.addAttribute("programme", programme);
        model.addAttribute("region", region);
        model.addAttribute("steps", DashboardCharts.STAGES);
        model.addAttribute("blocks", selection.blocks());
        model.addAttribute("rows", selection.rows());
        model.addAttribute("summary", ProgrammeSummary.of(selection.blocks(), now));
        model.addAttribute("attention", DashboardCharts.needingAttention(selection.rows(), now));
        model.addAttribute("funnel", charts.funnel(selection.rows(), locale));
        model.addAttribute("outcomes", charts.outcomes(outcomes.count(circleIds, teachers), locale));
        return "dashboard-admin";
    }

    @GetMapping("/dashboard/admin/teachers.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Long programme,
            @RequestParam(required = false) Long region, Authentication user, Locale locale) {
        return file(export.csv(select(user, programme, region).rows(), locale), CSV, "shamy-teachers-stages.csv");
    }

    @GetMapping("/dashboard/admin/teachers.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Long programme,
            @RequestParam(required = false) Long region, Authentication user, Locale locale) {
        return file(export.xlsx(select(user, programme, region).rows(), locale), XLSX, "shamy-teachers-stages.xlsx");
    }

    private Selection select(Authentication user, Long programme, Long region) {
        if (!Roles.has(user, Role.ADMIN)) {
            throw new Forbidden("only administrators see the programme's dashboard and its exports");
        }
        List<Circle> circles = progress.allCircles();
        List<CircleBlock> blocks = stages.of(circles).stream()
                .filter(block -> region == null || Objects.equals(block.regionId(), region))
                .map(block -> programme == null ? block : new CircleBlock(block.circle(), block.school(),
                        block.regionId(), block.region(), block.rows().stream()
                                .filter(row -> Objects.equals(row.programmeId(), programme)).toList(),
                        block.attendance()))
                .filter(block -> !block.rows().isEmpty())
                .toList();
        return new Selection(blocks, TeacherStages.rowsOf(blocks));
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
