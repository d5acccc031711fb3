package kz.shamy.web.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.shamy.certification.CertificationOutcomes.Outcome;
import kz.shamy.circle.CircleProgress.SessionAttendance;
import kz.shamy.circle.ProjectStage;
import kz.shamy.web.internal.TeacherStages.CircleBlock;
import kz.shamy.web.internal.TeacherStages.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dashboards' charts and their review list, in the reader's language. */
@Component
class DashboardCharts {

    /** The stages a funnel counts, in the method's order. */
    static final List<ProjectStage> STAGES = List.of(ProjectStage.values());

    private final MessageSource messages;

    DashboardCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** How many of the teachers have reached each stage (are at it or past it). */
    BarChart funnel(List<Row> rows, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (ProjectStage stage : STAGES) {
            labels.add(stageName(stage, locale));
            counts.add(rows.stream().filter(row -> row.progress().reached(stage)).count());
        }
        return BarChart.horizontal("funnel", text("dash.funnel.title", locale, rows.size()),
                text("dash.funnel.value", locale), labels, counts);
    }

    /** How many of the circle's teachers came to each session, oldest first. */
    BarChart attendance(CircleBlock block, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Long> present = new ArrayList<>();
        for (SessionAttendance session : block.attendance().sessions()) {
            labels.add(session.heldOn().toString().substring(5));
            present.add((long) session.present());
        }
        return BarChart.vertical("attendance-" + block.circle().id(),
                text("dash.attendance.chart", locale, block.school(), block.attendance().teachers().size()),
                text("dash.attendance.value", locale), labels, present, block.attendance().teachers().size());
    }

    BarChart outcomes(Map<Outcome, Long> counts, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        counts.forEach((outcome, count) -> {
            labels.add(text("dash.outcome." + outcome.name(), locale));
            values.add(count);
        });
        return BarChart.horizontal("outcomes", text("dash.outcomes.title", locale), text("dash.outcomes.value", locale),
                labels, values);
    }

    /** Reviews waiting for the facilitator and anything overdue: the overdue first, then the longest waiting. */
    static List<Row> needingAttention(List<Row> rows, Instant now) {
        return rows.stream()
                .filter(row -> row.progress().isWaitingForReview() || row.progress().isOverdue(now))
                .sorted(Comparator.comparing((Row row) -> !row.progress().isOverdue(now))
                        .thenComparing(row -> row.progress().stageSince(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    String stageName(ProjectStage stage, Locale locale) {
        return text("devwork.stage." + stage.name(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
