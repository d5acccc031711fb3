package kz.shamy.circle.internal;

import kz.shamy.circle.Circle;
import kz.shamy.circle.Circles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shamy.notify.CalendarEntry;
import kz.shamy.notify.CalendarSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sessions of the open circles a person is in (as a teacher) or runs (as a facilitator), for their calendar. */
@Component
class CircleCalendar implements CalendarSource {

    private final Circles circles;
    private final CircleSessionRepository sessions;

    CircleCalendar(Circles circles, CircleSessionRepository sessions) {
        this.circles = circles;
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesFor(String username) {
        Map<Long, Circle> theirs = new LinkedHashMap<>();
        circles.circleOf(username).ifPresent(circle -> theirs.put(circle.id(), circle));
        circles.openCirclesOf(username).forEach(circle -> theirs.put(circle.id(), circle));
        List<CalendarEntry> entries = new ArrayList<>();
        for (Circle circle : theirs.values()) {
            for (CircleSession session : sessions.findByCircleIdOrderByHeldOnAscIdAsc(circle.id())) {
                entries.add(CalendarEntry.onDay("circle-session-" + session.getId(), session.getHeldOn(),
                        "calendar.circleSession", List.of(circle.academicYear()), null));
            }
        }
        return entries;
    }
}
