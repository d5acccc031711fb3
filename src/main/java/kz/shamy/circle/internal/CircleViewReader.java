package kz.shamy.circle.internal;

import kz.shamy.circle.Circle;
import kz.shamy.circle.Circles;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles {@link CircleView} in one read-only transaction (attendance and posters load lazily). */
@Service
@Transactional(readOnly = true)
class CircleViewReader {

    private final Circles circles;
    private final CircleSessions sessions;

    CircleViewReader(Circles circles, CircleSessions sessions) {
        this.circles = circles;
        this.sessions = sessions;
    }

    CircleView view(Long circleId) {
        Circle circle = circles.require(circleId);
        List<CircleView.Member> members = circles.membershipsOf(circleId).stream()
                .map(m -> new CircleView.Member(m.getTeacherId(), circles.attendanceRatio(m.getTeacherId(), circleId),
                        circles.presentedPoster(m.getTeacherId(), circleId), m.getProjectId(),
                        m.isProjectCompleted(), m.getCompletedAt()))
                .toList();
        List<CircleView.Session> held = sessions.sessionsOf(circleId).stream()
                .map(s -> new CircleView.Session(s.getId(), s.getHeldOn(), s.getAttendees().stream().sorted().toList(),
                        s.getNotes()))
                .toList();
        Map<String, String> titles = sessions.posterTitles(circleId);
        List<CircleView.Event> events = sessions.networkEventsOf(circleId).stream()
                .map(e -> new CircleView.Event(e.getId(), e.getHeldOn(), e.getPlace(), e.getPosters().stream()
                        .map(p -> new CircleView.Poster(p.getTeacherId(), titles.get(p.getTeacherId()))).toList()))
                .toList();
        return new CircleView(circle.id(), circle.schoolId(), circle.facilitatorId(),
                circle.academicYear(), circle.status(), circle.processInstanceId(), circle.startedAt(),
                circle.closedAt(), members, held, events);
    }
}
