package kz.shamy.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What an administrator decides when planning a workshop: when, where, by when to register, and whom
 * to invite (usernames of teachers, principals and facilitators). {@code programmeId} may be empty.
 */
public record WorkshopPlan(Long programmeId, Long regionId, String venue, LocalDate day1, LocalDate day2,
        LocalDate registrationDeadline, List<String> invitees) {
}
