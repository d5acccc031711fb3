package kz.shamy.circle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kz.shamy.notify.Notifier;
import kz.shamy.shared.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the circle's sessions (with attendance) and its network event (with posters). */
@Service
@Transactional
class CircleSessions {

    private final Circles circles;
    private final CircleSessionRepository sessions;
    private final NetworkEventRepository networkEvents;
    private final Notifier notifier;

    CircleSessions(Circles circles, CircleSessionRepository sessions, NetworkEventRepository networkEvents,
            Notifier notifier) {
        this.circles = circles;
        this.sessions = sessions;
        this.networkEvents = networkEvents;
        this.notifier = notifier;
    }

    /** Stores a session and tells the circle's teachers; attendees must be the circle's teachers. */
    CircleSession recordSession(Long circleId, LocalDate heldOn, Collection<String> attendees, String notes) {
        Circle circle = circles.require(circleId);
        List<String> teachers = circles.teachersOf(circleId);
        Set<String> present = new TreeSet<>(attendees);
        requireMembers("sessionAttendees", present, teachers);
        CircleSession session = sessions.save(new CircleSession(circleId, heldOn, present, notes));
        for (String teacher : teachers) {
            notifier.notify(teacher, "notify.circle.sessionRecorded", heldOn, circle.getAcademicYear());
        }
        return session;
    }

    /** Stores the network event and who presented which poster there. */
    NetworkEvent recordNetworkEvent(Long circleId, LocalDate heldOn, String place,
            Collection<NetworkEventPoster> posters) {
        circles.require(circleId);
        List<String> presenters = posters.stream().map(NetworkEventPoster::getTeacherId).toList();
        if (new TreeSet<>(presenters).size() < presenters.size()) {
            throw new InvalidRequest("posters", "each teacher presents one poster; a teacher is listed twice");
        }
        requireMembers("posters", presenters, circles.teachersOf(circleId));
        return networkEvents.save(new NetworkEvent(circleId, heldOn, place, posters));
    }

    private static void requireMembers(String field, Collection<String> usernames, List<String> teachers) {
        for (String username : usernames) {
            if (!teachers.contains(username)) {
                throw new InvalidRequest(field, "'" + username + "' is not a teacher of this circle");
            }
        }
    }

    @Transactional(readOnly = true)
    List<CircleSession> sessionsOf(Long circleId) {
        return sessions.findByCircleIdOrderByHeldOnAscIdAsc(circleId);
    }

    @Transactional(readOnly = true)
    List<NetworkEvent> networkEventsOf(Long circleId) {
        return networkEvents.findByCircleIdOrderByHeldOnAscIdAsc(circleId);
    }
}
