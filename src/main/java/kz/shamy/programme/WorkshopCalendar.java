package kz.shamy.programme;

import kz.shamy.programme.internal.InvitationAnswer;
import kz.shamy.programme.internal.WorkshopInvitation;
import kz.shamy.programme.internal.WorkshopInvitationRepository;
import kz.shamy.programme.internal.WorkshopRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The days of the induction workshops a person is invited to and has not declined (notify's calendar feed asks). */
@Service
public class WorkshopCalendar {

    private final WorkshopInvitationRepository invitations;
    private final WorkshopRepository workshops;

    WorkshopCalendar(WorkshopInvitationRepository invitations, WorkshopRepository workshops) {
        this.invitations = invitations;
        this.workshops = workshops;
    }

    @Transactional(readOnly = true)
    public List<WorkshopDay> daysOf(String username) {
        List<WorkshopDay> days = new ArrayList<>();
        for (WorkshopInvitation invitation : invitations.findByUsernameOrderByWorkshopId(username)) {
            if (invitation.getAnswer() == InvitationAnswer.DECLINED) {
                continue;
            }
            workshops.findById(invitation.getWorkshopId()).ifPresent(workshop -> {
                if (workshop.getDay1() != null) {
                    days.add(new WorkshopDay(workshop.getId(), 1, workshop.getDay1(), workshop.getVenue()));
                }
                if (workshop.getDay2() != null) {
                    days.add(new WorkshopDay(workshop.getId(), 2, workshop.getDay2(), workshop.getVenue()));
                }
            });
        }
        return days;
    }
}
