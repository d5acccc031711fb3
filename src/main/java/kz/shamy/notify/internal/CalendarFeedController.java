package kz.shamy.notify.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /calendar/{token}.ics}: a person's calendar for their calendar app, which cannot sign in. The secret
 * link is the key; an unknown or revoked one is 404, exactly like a link that never was.
 */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final NotificationPreferences preferences;
    private final CalendarFeed feed;

    CalendarFeedController(NotificationPreferences preferences, CalendarFeed feed) {
        this.preferences = preferences;
        this.feed = feed;
    }

    @GetMapping("/calendar/{token:[A-Za-z0-9_-]{16,64}}.ics")
    ResponseEntity<String> calendar(@PathVariable String token) {
        return preferences.withCalendarToken(token)
                .map(owner -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .body(feed.of(owner.getUsername(), owner.locale())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
