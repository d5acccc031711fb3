package kz.shamy.circle;

import kz.shamy.circle.internal.CircleEntry;
import kz.shamy.circle.internal.CircleMembership;
import kz.shamy.circle.internal.CircleMembershipRepository;
import kz.shamy.circle.internal.CircleRepository;
import kz.shamy.circle.internal.CircleSessionRepository;
import kz.shamy.circle.internal.DevelopmentProjectEntry;
import kz.shamy.circle.internal.DevelopmentProjectRepository;
import kz.shamy.circle.internal.ProjectTimelines;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboards read about circles: each teacher's place in the method with what is due, and who came to
 * the circle's sessions. Read from Shamy's tables (and the engine's open tasks for their due dates).
 */
@Service
@Transactional(readOnly = true)
public class CircleProgress {

    /** One teacher of a circle; {@code projectId} and {@code stage} are null before their project has started. */
    public record TeacherProgress(Long circleId, String teacher, Long projectId, ProjectStage stage,
            Instant stageSince, Instant dueAt) {

        public boolean isWaitingForReview() {
            return stage == ProjectStage.PLAN_REVIEW || stage == ProjectStage.REPORT_REVIEW;
        }

        public boolean isOverdue(Instant now) {
            return dueAt != null && now.isAfter(dueAt);
        }

        /** How many of the method's stages are done. */
        public int stagesDone() {
            return stage == null ? 0 : stage.stagesCompleted();
        }

        /** Whether the teacher has reached this stage (is at it or past it). */
        public boolean reached(ProjectStage step) {
            return stage != null && stage.ordinal() >= step.ordinal();
        }
    }

    /** One session: who of the circle's teachers came. */
    public record SessionAttendance(Long sessionId, LocalDate heldOn, Set<String> attendees, int members) {

        public boolean attended(String teacher) {
            return attendees.contains(teacher);
        }

        public int present() {
            return attendees.size();
        }
    }

    /** A circle's sessions, oldest first, and for each teacher how many of the latest sessions they missed in a row. */
    public record CircleAttendance(Long circleId, List<String> teachers, List<SessionAttendance> sessions,
            Map<String, Integer> missedInARow) {

        /** Missing this many sessions one after another is worth the facilitator's call. */
        static final int ALERT_AFTER = 2;

        public List<String> alerts() {
            return teachers.stream().filter(teacher -> missedInARow.getOrDefault(teacher, 0) >= ALERT_AFTER).toList();
        }
    }

    private static final Comparator<DevelopmentProject> STARTED = Comparator.comparing(DevelopmentProject::startedAt,
            Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(DevelopmentProject::id);

    private final CircleRepository circles;
    private final CircleMembershipRepository memberships;
    private final CircleSessionRepository sessions;
    private final DevelopmentProjectRepository projects;
    private final ProjectTimelines timelines;

    CircleProgress(CircleRepository circles, CircleMembershipRepository memberships, CircleSessionRepository sessions,
            DevelopmentProjectRepository projects, ProjectTimelines timelines) {
        this.circles = circles;
        this.memberships = memberships;
        this.sessions = sessions;
        this.projects = projects;
        this.timelines = timelines;
    }

    /** Every circle, open and closed (certification begins when a circle closes), newest year first. */
    public List<Circle> allCircles() {
        return circles.findAll(Sort.by(Sort.Order.desc("academicYear"), Sort.Order.asc("id"))).stream()
                .map(CircleEntry::view).toList();
    }

    /** The circle's teachers in alphabetical order of username, each with their latest project's stage. */
    public List<TeacherProgress> teachersOf(Long circleId) {
        Map<String, DevelopmentProject> latest = new HashMap<>();
        for (DevelopmentProject project : projects.findByCircleIdOrderByTeacher(circleId).stream()
                .map(DevelopmentProjectEntry::view).toList()) {
            // a teacher who started again in the same circle: the later project is the one that counts
            latest.merge(project.teacher(), project, BinaryOperator.maxBy(STARTED));
        }
        Map<String, Instant> dues = timelines.openTaskDues(latest.values());
        List<TeacherProgress> rows = new ArrayList<>();
        for (CircleMembership membership : memberships.findByCircleIdOrderByTeacherId(circleId)) {
            DevelopmentProject project = latest.get(membership.getTeacherId());
            rows.add(project == null
                    ? new TeacherProgress(circleId, membership.getTeacherId(), null, null, null, null)
                    : new TeacherProgress(circleId, project.teacher(), project.id(), project.stage(),
                            project.stageChangedAt(), timelines.dueOfCurrentStage(project, dues)));
        }
        return rows;
    }

    public CircleAttendance attendanceOf(Long circleId) {
        List<String> teachers = memberships.findByCircleIdOrderByTeacherId(circleId).stream()
                .map(CircleMembership::getTeacherId).toList();
        List<SessionAttendance> held = sessions.findByCircleIdOrderByHeldOnAscIdAsc(circleId).stream()
                .map(s -> new SessionAttendance(s.getId(), s.getHeldOn(), s.getAttendees(), teachers.size()))
                .toList();
        Map<String, Integer> missed = new LinkedHashMap<>();
        for (String teacher : teachers) {
            int run = 0;
            for (int i = held.size() - 1; i >= 0 && !held.get(i).attended(teacher); i--) {
                run++;
            }
            missed.put(teacher, run);
        }
        return new CircleAttendance(circleId, teachers, held, missed);
    }
}
