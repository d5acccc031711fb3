package kz.shamy.programme;

import kz.shamy.programme.internal.WorkshopTimers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkshopTimersTests {

    private final WorkshopTimers timers = new WorkshopTimers(Duration.ofDays(2), "P14D");

    @Test
    void answersAreAcceptedUntilTheEndOfTheDeadlineDayInKazakhstan() {
        // Kazakhstan keeps UTC+5 all year
        assertThat(timers.answerDeadline(LocalDate.of(2026, 9, 10)))
                .isEqualTo(Instant.parse("2026-09-10T19:00:00Z"));
    }

    @Test
    void reminderComesTwoDaysBeforeTheDeadline() {
        Instant deadline = Instant.parse("2026-09-10T19:00:00Z");
        assertThat(timers.reminderAt(deadline, Instant.parse("2026-09-01T08:00:00Z")))
                .isEqualTo(Instant.parse("2026-09-08T19:00:00Z"));
    }

    @Test
    void lateInvitationsAreRemindedHalfWayToTheDeadlineNotAtOnce() {
        Instant deadline = Instant.parse("2026-09-10T19:00:00Z");
        assertThat(timers.reminderAt(deadline, Instant.parse("2026-09-09T19:00:00Z")))
                .isEqualTo(Instant.parse("2026-09-10T07:00:00Z"));
    }
}
