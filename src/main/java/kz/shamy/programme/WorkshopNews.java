package kz.shamy.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What an induction workshop's invitees are to hear of, published in the transaction of the step that decided it;
 * listeners (notify) run once it has committed. Each carries the workshop's id, the usernames concerned and the
 * plain facts the message names.
 */
public sealed interface WorkshopNews {

    Long workshopId();

    List<String> usernames();

    /** Invitations went out. */
    record Invited(Long workshopId, List<String> usernames, String venue, LocalDate day1, LocalDate day2,
            LocalDate registrationDeadline) implements WorkshopNews {
    }

    /** These invitees have not answered yet. */
    record AnswerAwaited(Long workshopId, List<String> usernames, String venue, LocalDate day1,
            LocalDate registrationDeadline) implements WorkshopNews {
    }

    /** The deadline passed without an answer from these invitees. */
    record NoAnswerRecorded(Long workshopId, List<String> usernames, String venue, LocalDate day1)
            implements WorkshopNews {
    }

    /** The workshop closed; these attended both days and may join a circle. */
    record EligibleForCircles(Long workshopId, List<String> usernames, String venue) implements WorkshopNews {
    }
}
