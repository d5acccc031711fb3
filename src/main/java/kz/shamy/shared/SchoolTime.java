package kz.shamy.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The programme's calendar: dates people type (a session held today, a deadline) are dates in
 * Kazakhstan, whatever zone the server runs in.
 */
public final class SchoolTime {

    /** Kazakhstan's time zone (one zone for the whole country since 2024). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private SchoolTime() {
    }

    /**
     * The calendar date a form field holds, as a person in Kazakhstan meant it: a {@link LocalDate}, a
     * {@link java.util.Date}, or text such as {@code 2026-10-01}, {@code 2026-10-01T09:00} or an ISO
     * date-time with an offset (converted to Kazakhstan's day). Null when the field is empty.
     *
     * @throws DateTimeParseException when the text is not a date
     */
    public static LocalDate dateOf(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(ZONE).toLocalDate();
        }
        String text = value.toString().strip();
        if (text.length() > 10 && (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$"))) {
            return OffsetDateTime.parse(text).atZoneSameInstant(ZONE).toLocalDate();
        }
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    /** Today's date in Kazakhstan by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
