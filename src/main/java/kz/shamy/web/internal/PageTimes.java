package kz.shamy.web.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.shamy.shared.SchoolTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one way Shamy's pages write a moment: in Kazakhstan's time ({@link SchoolTime#ZONE}), in the reader's
 * language's pattern ({@code time.dateTime} and {@code time.date} in the messages bundle), with the offset written
 * after a time ({@code 24.11.2026 18:29 UTC+5}), since a reader cannot tell which zone a bare time is in. Templates
 * call it as a bean: {@code th:text="${@times.dateTime(n.createdAt)}"} and {@code th:datetime="${@times.iso(…)}"}.
 */
@Component("times")
public class PageTimes {

    private final MessageSource messages;

    public PageTimes(MessageSource messages) {
        this.messages = messages;
    }

    /** Date and time in Kazakhstan, with the zone's offset; empty for null. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(SchoolTime.ZONE);
        return pattern("time.dateTime", "yyyy-MM-dd HH:mm").format(local) + " " + utcOffset(local.getOffset());
    }

    /** The calendar date in Kazakhstan; empty for null. */
    public String date(Instant instant) {
        return instant == null ? "" : pattern("time.date", "yyyy-MM-dd").format(instant.atZone(SchoolTime.ZONE));
    }

    /** The machine-readable form for a {@code <time datetime>} attribute, with Kazakhstan's offset. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(SchoolTime.ZONE).toOffsetDateTime().withNano(0));
    }

    /** {@code UTC+5}, {@code UTC+5:30}, {@code UTC}: the way the offset is written in all three languages. */
    public static String utcOffset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String sign = seconds < 0 ? "-" : "+";
        return "UTC" + sign + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
    }

    private DateTimeFormatter pattern(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, fallback, locale), locale);
    }
}
