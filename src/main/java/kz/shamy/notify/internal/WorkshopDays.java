package kz.shamy.notify.internal;

import java.util.List;
import kz.shamy.notify.CalendarEntry;
import kz.shamy.notify.CalendarSource;
import kz.shamy.programme.WorkshopCalendar;
import org.springframework.stereotype.Component;

/** Puts the induction workshop days a person is invited to (and has not declined) in their calendar feed. */
@Component
class WorkshopDays implements CalendarSource {

    private final WorkshopCalendar workshops;

    WorkshopDays(WorkshopCalendar workshops) {
        this.workshops = workshops;
    }

    @Override
    public List<CalendarEntry> entriesFor(String username) {
        return workshops.daysOf(username).stream().map(day -> CalendarEntry.onDay(
                "workshop-" + day.workshopId() + "-" + day.day(), day.date(), "calendar.workshopDay",
                List.of(day.venue(), String.valueOf(day.day())), day.venue())).toList();
    }
}
