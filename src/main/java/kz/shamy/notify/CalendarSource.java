package kz.shamy.notify;

import java.util.List;

/**
 * What a feature puts in a person's calendar feed (workshop days, circle sessions). Features implement it as a
 * bean; the feed asks every one.
 */
public interface CalendarSource {

    List<CalendarEntry> entriesFor(String username);
}
