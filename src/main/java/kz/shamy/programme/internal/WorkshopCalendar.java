package kz.shamy.programme.internal;

import java.util.ArrayList;
import java.util.List;
import kz.shamy.notify.CalendarEntry;
import kz.shamy.notify.CalendarSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The days of the induction workshops a person is invited to and has not declined, for their calendar feed. */
@Component
class WorkshopCalendar implements CalendarSource {

    private final WorkshopInvitationRepository invitations;
    private final WorkshopRepository workshops;

    WorkshopCalendar(WorkshopInvitationRepository invitations, WorkshopRepository workshops) {
        this.invitations = invitations;
        this.workshops = workshops;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesFor(String username) {
        List<CalendarEntry> days = new ArrayList<>();
        for (WorkshopInvitation invitation : invitations.findByUsernameOrderByWorkshopId(username)) {
            if (invitation.getAnswer() == InvitationAnswer.DECLINED) {
                continue;
            }
            workshops.findById(invitation.getWorkshopId()).ifPresent(workshop -> {
                String venue = workshop.getVenue();
                if (workshop.getDay1() != null) {
                    days.add(CalendarEntry.onDay("workshop-" + workshop.getId() + "-1", workshop.getDay1(),
                            "calendar.workshopDay", List.of(venue, "1"), venue));
                }
                if (workshop.getDay2() != null) {
                    days.add(CalendarEntry.onDay("workshop-" + workshop.getId() + "-2", workshop.getDay2(),
                            "calendar.workshopDay", List.of(venue, "2"), venue));
                }
            });
        }
        return days;
    }
}
