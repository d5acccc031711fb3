package kz.shamy.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of a person's calendar feed: a whole day ({@code day}) or a moment ({@code at}). Its title is a key
 * of the notify bundle ({@code calendar.*}) with arguments, so it reads in the person's language.
 *
 * @param uid stable across feeds, so a calendar updates the event rather than adding another
 * @param path a page in Shamy, or null
 */
public record CalendarEntry(String uid, LocalDate day, Instant at, String titleKey, List<String> arguments,
        String location, String path) {

    public static CalendarEntry onDay(String uid, LocalDate day, String titleKey, List<String> arguments,
            String location) {
        return new CalendarEntry(uid, day, null, titleKey, arguments, location, null);
    }

    public static CalendarEntry at(String uid, Instant at, String titleKey, List<String> arguments, String path) {
        return new CalendarEntry(uid, null, at, titleKey, arguments, null, path);
    }
}
