package kz.shamy.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The programme's calendar: dates people type (a session held today, a deadline) are dates in
 * Kazakhstan, whatever zone the server runs in.
 */
public final class SchoolTime {

    /** Kazakhstan's time zone (one zone for the whole country since 2024). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private SchoolTime() {
    }

    /** Today's date in Kazakhstan by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
