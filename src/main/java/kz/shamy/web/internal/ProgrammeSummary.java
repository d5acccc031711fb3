package kz.shamy.web.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.shamy.circle.ProjectStage;
import kz.shamy.web.internal.TeacherStages.CircleBlock;
import kz.shamy.web.internal.TeacherStages.Row;

/** One line of the administrators' overview: a programme in a region, and how its teachers are doing. */
record ProgrammeSummary(String programme, String region, long teachers, long completed, long waitingForReview,
        long overdue, long attendanceAlerts) {

    /** One line per programme and region, in order of their names. */
    static List<ProgrammeSummary> of(List<CircleBlock> blocks, Instant now) {
        Map<List<String>, List<Row>> groups = new TreeMap<>((a, b) -> String.join("\u0000", a)
                .compareTo(String.join("\u0000", b)));
        List<String> alerted = new ArrayList<>();
        for (CircleBlock block : blocks) {
            block.rows().forEach(row -> groups.computeIfAbsent(List.of(row.programme(), row.region()),
                    key -> new ArrayList<>()).add(row));
            block.attendance().alerts().forEach(teacher -> alerted.add(block.circle().id() + "/" + teacher));
        }
        Set<String> alerts = Set.copyOf(alerted);
        List<ProgrammeSummary> lines = new ArrayList<>();
        groups.forEach((key, rows) -> lines.add(new ProgrammeSummary(key.get(0), key.get(1), rows.size(),
                rows.stream().filter(row -> row.progress().stage() == ProjectStage.COMPLETED).count(),
                rows.stream().filter(row -> row.progress().isWaitingForReview()).count(),
                rows.stream().filter(row -> row.progress().isOverdue(now)).count(),
                rows.stream().filter(row -> alerts.contains(row.circle().id() + "/" + row.teacher())).count())));
        return lines;
    }
}
