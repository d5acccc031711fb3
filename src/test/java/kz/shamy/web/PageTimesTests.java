package kz.shamy.web;

import kz.shamy.web.internal.PageTimes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import kz.shamy.shared.SchoolTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class PageTimesTests {

    private final PageTimes times = new PageTimes(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void kazakhstanIsUtcPlusFiveAllYearInTheRunningTzdata() {
        // since 2024-03-01 the whole country keeps UTC+5; older tzdata gave Asia/Almaty +6
        assertThat(SchoolTime.ZONE.getRules().getOffset(Instant.parse("2026-01-15T00:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(5));
        assertThat(SchoolTime.ZONE.getRules().getOffset(Instant.parse("2026-07-15T00:00:00Z")))
                .isEqualTo(ZoneOffset.ofHours(5));
    }

    @Test
    void aNotificationWrittenAt1329UtcReads1829KazakhstanTimeWithTheZoneInEachLanguagesPattern() {
        Instant moment = Instant.parse("2026-11-24T13:29:00Z");

        LocaleContextHolder.setLocale(Locale.forLanguageTag("kk"));
        assertThat(times.dateTime(moment)).isEqualTo("24.11.2026 18:29 UTC+5");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(times.dateTime(moment)).isEqualTo("24.11.2026 18:29 UTC+5");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(times.dateTime(moment)).isEqualTo("2026-11-24 18:29 UTC+5");
        assertThat(times.iso(moment)).isEqualTo("2026-11-24T18:29:00+05:00");
    }

    @Test
    void lateEveningUtcIsAlreadyTheNextDayInKazakhstan() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(times.date(Instant.parse("2026-11-23T21:30:00Z"))).isEqualTo("24.11.2026");
        assertThat(times.date(null)).isEmpty();
    }

    @Test
    void offsetsAreWrittenTheShortWay() {
        assertThat(PageTimes.utcOffset(ZoneOffset.ofHours(5))).isEqualTo("UTC+5");
        assertThat(PageTimes.utcOffset(ZoneOffset.ofHoursMinutes(5, 30))).isEqualTo("UTC+5:30");
        assertThat(PageTimes.utcOffset(ZoneOffset.ofHours(-3))).isEqualTo("UTC-3");
        assertThat(PageTimes.utcOffset(ZoneOffset.UTC)).isEqualTo("UTC");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
