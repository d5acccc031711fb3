package kz.shamy.circle.internal;

import kz.shamy.circle.CircleStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A circle as GET /api/circles/{id} shows it: members with their attendance, sessions, network events. */
record CircleView(Long id, Long schoolId, String facilitatorId, String academicYear, CircleStatus status,
        String processInstanceId, Instant startedAt, Instant closedAt, List<Member> members,
        List<Session> sessions, List<Event> networkEvents) {

    record Member(String teacherId, double attendanceRatio, boolean presentedPoster, Long projectId,
            boolean projectCompleted, Instant completedAt) {
    }

    record Session(Long id, LocalDate heldOn, List<String> attendees, String notes) {
    }

    record Event(Long id, LocalDate heldOn, String place, List<Poster> posters) {
    }

    record Poster(String teacherId, String posterTitle) {
    }
}
