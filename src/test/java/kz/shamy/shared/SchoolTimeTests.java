package kz.shamy.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.junit.jupiter.api.Test;

class SchoolTimeTests {

    @Test
    void readsEveryShapeAFormSendsAsTheDayMeantInKazakhstan() {
        LocalDate october1 = LocalDate.of(2026, 10, 1);
        assertThat(SchoolTime.dateOf("2026-10-01")).isEqualTo(october1);
        assertThat(SchoolTime.dateOf("2026-10-01T09:00")).isEqualTo(october1);
        assertThat(SchoolTime.dateOf(october1)).isEqualTo(october1);
        // 20:00 UTC on 30 September is already 1 October in Kazakhstan (UTC+5)
        assertThat(SchoolTime.dateOf("2026-09-30T20:00:00Z")).isEqualTo(october1);
        assertThat(SchoolTime.dateOf(Date.from(Instant.parse("2026-09-30T20:00:00Z")))).isEqualTo(october1);
    }

    @Test
    void emptyFieldsAreNoDateAndJunkIsRefused() {
        assertThat(SchoolTime.dateOf(null)).isNull();
        assertThat(SchoolTime.dateOf("  ")).isNull();
        assertThatThrownBy(() -> SchoolTime.dateOf("next tuesday")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void todayIsKazakhstansToday() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-11-23T21:30:00Z"), ZoneOffset.UTC);
        assertThat(SchoolTime.today(lateEveningUtc)).isEqualTo(LocalDate.of(2026, 11, 24));
    }
}
