package kz.shamy.programme;

import java.time.LocalDate;

/** One day (1 or 2) of an induction workshop a person is invited to and has not declined. */
public record WorkshopDay(Long workshopId, int day, LocalDate date, String venue) {
}
