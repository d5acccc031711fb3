package kz.shamy.programme.internal;

import kz.shamy.programme.WorkshopNews;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import kz.shamy.shared.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the induction-workshop process's steps write: answers, attendance, feedback, eligibility, notices. */
@Service
@Transactional
class WorkshopProgress {

    private final WorkshopRepository workshops;
    private final WorkshopInvitationRepository invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkshopProgress(WorkshopRepository workshops, WorkshopInvitationRepository invitations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.workshops = workshops;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Ties the workshop to the process instance that runs it and answers the invitees' usernames; a
     * workshop another process already runs is refused.
     */
    List<String> runBy(Long workshopId, String processInstanceId) {
        Workshop workshop = workshop(workshopId);
        if (workshop.getProcessInstanceId() != null && !workshop.getProcessInstanceId().equals(processInstanceId)) {
            throw new InvalidRequest("workshopId", "workshop " + workshopId + " is already run by process instance "
                    + workshop.getProcessInstanceId());
        }
        workshop.runBy(processInstanceId);
        return invitations.findByWorkshopIdOrderByUsername(workshopId).stream()
                .map(WorkshopInvitation::getUsername).toList();
    }

    /** Marks the workshop invited; every invitee is told (notify listens for {@link WorkshopNews}). */
    Workshop invitationsSent(Long workshopId) {
        Workshop workshop = workshop(workshopId);
        workshop.moveTo(WorkshopStatus.INVITED);
        List<String> invitees = invitations.findByWorkshopIdOrderByUsername(workshopId).stream()
                .map(WorkshopInvitation::getUsername).toList();
        events.publishEvent(new WorkshopNews.Invited(workshopId, invitees, workshop.getVenue(), workshop.getDay1(),
                workshop.getDay2(), workshop.getRegistrationDeadline()));
        return workshop;
    }

    void answer(Long workshopId, String username, InvitationAnswer answer) {
        invitation(workshopId, username).answer(answer, clock.instant());
    }

    /** Everyone who has not answered yet is reminded; answers their usernames. */
    List<String> remindPending(Long workshopId) {
        Workshop workshop = workshop(workshopId);
        List<WorkshopInvitation> pending = invitations.findByWorkshopIdAndAnswer(workshopId, InvitationAnswer.PENDING);
        List<String> usernames = pending.stream().map(WorkshopInvitation::getUsername).toList();
        events.publishEvent(new WorkshopNews.AnswerAwaited(workshopId, usernames, workshop.getVenue(),
                workshop.getDay1(), workshop.getRegistrationDeadline()));
        return usernames;
    }

    /** The deadline has passed: whoever has not answered is recorded as no answer and told so. */
    List<String> recordNoAnswers(Long workshopId) {
        Workshop workshop = workshop(workshopId);
        List<WorkshopInvitation> pending = invitations.findByWorkshopIdAndAnswer(workshopId, InvitationAnswer.PENDING);
        for (WorkshopInvitation invitation : pending) {
            invitation.answer(InvitationAnswer.NO_ANSWER, clock.instant());
        }
        List<String> usernames = pending.stream().map(WorkshopInvitation::getUsername).toList();
        events.publishEvent(new WorkshopNews.NoAnswerRecorded(workshopId, usernames, workshop.getVenue(),
                workshop.getDay1()));
        return usernames;
    }

    /**
     * Who was present on day 1 or 2; everyone else invited was absent that day. Present people must be
     * invitees, and the day must have come (in Kazakhstan): nobody can have been present at a workshop day
     * still ahead. Answers the usernames of everyone who attended at least one day so far.
     */
    List<String> recordAttendance(Long workshopId, int day, Collection<String> present) {
        Workshop workshop = workshop(workshopId);
        LocalDate date = day == 1 ? workshop.getDay1() : workshop.getDay2();
        LocalDate today = SchoolTime.today(clock);
        if (today.isBefore(date)) {
            throw new InvalidRequest("attendedDay" + day, "attendance for day " + day + " can be recorded from "
                    + date + ", the day itself; today is " + today);
        }
        List<WorkshopInvitation> invited = invitations.findByWorkshopIdOrderByUsername(workshopId);
        Set<String> invitees = invited.stream().map(WorkshopInvitation::getUsername).collect(Collectors.toSet());
        for (String username : present) {
            if (!invitees.contains(username)) {
                throw new InvalidRequest("attendedDay" + day, "'" + username + "' was not invited to this workshop");
            }
        }
        invited.forEach(invitation -> invitation.attended(day, present.contains(invitation.getUsername())));
        if (day == 2) {
            workshop.moveTo(WorkshopStatus.HELD);
        }
        return invited.stream().filter(WorkshopInvitation::attendedAnyDay).map(WorkshopInvitation::getUsername)
                .toList();
    }

    void feedback(Long workshopId, String username, int rating, String text) {
        invitation(workshopId, username).feedback(rating, text);
    }

    /** Closes the workshop: who attended both days becomes eligible for circles and is told so. */
    List<String> close(Long workshopId) {
        Workshop workshop = workshop(workshopId);
        workshop.moveTo(WorkshopStatus.CLOSED);
        List<String> eligible = invitations.findByWorkshopIdOrderByUsername(workshopId).stream()
                .filter(WorkshopInvitation::close).map(WorkshopInvitation::getUsername).toList();
        events.publishEvent(new WorkshopNews.EligibleForCircles(workshopId, eligible, workshop.getVenue()));
        return eligible;
    }

    /**
     * The workshop an {@code induction-workshop} instance runs, as bound when it started: what the instance
     * concerns is read here, never from its variables, which a task's holder could write.
     */
    Long boundTo(String processInstanceId) {
        return workshops.findByProcessInstanceId(processInstanceId).map(Workshop::getId).orElseThrow(
                () -> new IllegalStateException("process instance " + processInstanceId + " is bound to no workshop"));
    }

    private Workshop workshop(Long workshopId) {
        return workshops.findById(workshopId).orElseThrow(() -> new NotFound("workshop", workshopId));
    }

    private WorkshopInvitation invitation(Long workshopId, String username) {
        return invitations.findByWorkshopIdAndUsername(workshopId, username)
                .orElseThrow(() -> new NotFound("invitation of " + username + " to workshop", workshopId));
    }
}
