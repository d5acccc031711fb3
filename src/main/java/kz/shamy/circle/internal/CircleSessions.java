package kz.shamy.circle.internal;

import kz.shamy.circle.Circle;
import kz.shamy.circle.Circles;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.shamy.notify.Notifier;
import kz.shamy.shared.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the circle's sessions (with attendance) and its network event (with posters). */
@Service
@Transactional
public class CircleSessions {

    private final Circles circles;
    private final CircleSessionRepository sessions;
    private final NetworkEventRepository networkEvents;
    private final DevelopmentProjectRepository projects;
    private final Notifier notifier;

    CircleSessions(Circles circles, CircleSessionRepository sessions, NetworkEventRepository networkEvents,
            DevelopmentProjectRepository projects, Notifier notifier) {
        this.circles = circles;
        this.sessions = sessions;
        this.networkEvents = networkEvents;
        this.projects = projects;
        this.notifier = notifier;
    }

    /** Stores a session and tells the circle's teachers; attendees must be the circle's teachers. */
    public CircleSession recordSession(Long circleId, LocalDate heldOn, Collection<String> attendees, String notes) {
        Circle circle = circles.require(circleId);
        List<String> teachers = circles.teachersOf(circleId);
        Set<String> present = new TreeSet<>(attendees);
        requireMembers("sessionAttendees", present, teachers);
        CircleSession session = sessions.save(new CircleSession(circleId, heldOn, present, notes));
        for (String teacher : teachers) {
            notifier.notify(teacher, "notify.circle.sessionRecorded", heldOn, circle.academicYear());
        }
        return session;
    }

    /**
     * Stores the network event and which teachers presented their poster there. A presenter must be a teacher
     * of the circle whose poster is recorded on their project (PresentPoster): the title is read from there,
     * never typed again. Each presenter's project learns the date it was presented.
     */
    NetworkEvent recordNetworkEvent(Long circleId, LocalDate heldOn, String place, List<String> presenters) {
        circles.require(circleId);
        if (new TreeSet<>(presenters).size() < presenters.size()) {
            throw new InvalidRequest("presenters", "each teacher presents one poster; a teacher is listed twice");
        }
        requireMembers("presenters", presenters, circles.teachersOf(circleId));
        Map<String, DevelopmentProjectEntry> posters = projects.withPosterByTeacher(circleId);
        for (String presenter : presenters) {
            if (!posters.containsKey(presenter)) {
                throw new InvalidRequest("presenters", "'" + presenter + "' has no poster yet: the teacher gives its"
                        + " title in PresentPoster");
            }
        }
        presenters.forEach(presenter -> posters.get(presenter).posterPresentedOn(heldOn));
        return networkEvents.save(new NetworkEvent(circleId, heldOn, place,
                presenters.stream().map(NetworkEventPoster::new).toList()));
    }

    /** Poster titles by teacher, from the circle's projects (where PresentPoster records them). */
    @Transactional(readOnly = true)
    Map<String, String> posterTitles(Long circleId) {
        Map<String, String> titles = new TreeMap<>();
        projects.withPosterByTeacher(circleId).forEach((teacher, project) -> titles.put(teacher, project.getPosterTitle()));
        return titles;
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
