package kz.shamy.programme.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.shamy.identity.Role;

/** A workshop as GET /api/workshops/{id} shows it: its plan, status and every invitation. */
record WorkshopDetails(Long id, Long programmeId, Long regionId, String venue, LocalDate day1, LocalDate day2,
        LocalDate registrationDeadline, WorkshopStatus status, String processInstanceId,
        List<Invitation> invitations) {

    record Invitation(String username, Role role, InvitationAnswer answer, Instant answeredAt, boolean attendedDay1,
            boolean attendedDay2, boolean eligibleForCircles, Integer feedbackRating, String feedbackText) {
    }

    static WorkshopDetails of(Workshop w, List<WorkshopInvitation> invitations) {
        return new WorkshopDetails(w.getId(), w.getProgrammeId(), w.getRegionId(), w.getVenue(), w.getDay1(),
                w.getDay2(), w.getRegistrationDeadline(), w.getStatus(), w.getProcessInstanceId(),
                invitations.stream().map(i -> new Invitation(i.getUsername(), i.getRole(), i.getAnswer(),
                        i.getAnsweredAt(), i.isAttendedDay1(), i.isAttendedDay2(), i.isEligibleForCircles(),
                        i.getFeedbackRating(), i.getFeedbackText())).toList());
    }
}
