package kz.shamy.notify.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import kz.shamy.shared.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes a person's notification settings; each person only their own (the callers pass who). */
@Service
public class NotificationPreferences {

    /** 160 random bits, URL-safe: the calendar link is its only key. */
    private static final int TOKEN_BYTES = 20;

    private final NotificationSettingsRepository settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    NotificationPreferences(NotificationSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The person's settings, or the defaults (not saved) when they never chose. */
    @Transactional(readOnly = true)
    public NotificationSettings of(String username) {
        return settings.findById(username).orElseGet(() -> new NotificationSettings(username));
    }

    @Transactional
    public NotificationSettings choose(String username, String language, boolean digest, Set<MailKind> wanted) {
        if (!NotificationSettings.LANGUAGES.contains(language)) {
            throw new InvalidRequest("language", "the language must be kk, ru or en");
        }
        NotificationSettings mine = stored(username);
        mine.choose(language, digest, wanted, clock.instant());
        return mine;
    }

    /** The language the person picked on a page becomes their mail's, unless it already is. */
    @Transactional
    public void pickedLanguage(String username, String language) {
        if (NotificationSettings.LANGUAGES.contains(language) && !language.equals(of(username).getLanguage())) {
            stored(username).chooseLanguage(language, clock.instant());
        }
    }

    /** A new calendar link; the one before stops working. */
    @Transactional
    public String newCalendarToken(String username) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        stored(username).calendarToken(token, clock.instant());
        return token;
    }

    @Transactional
    void revokeCalendarToken(String username) {
        settings.findById(username).ifPresent(mine -> mine.calendarToken(null, clock.instant()));
    }

    /** Whose calendar link this is, if it is one that works. */
    @Transactional(readOnly = true)
    Optional<NotificationSettings> withCalendarToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : settings.findByCalendarToken(token);
    }

    private NotificationSettings stored(String username) {
        return settings.findById(username).orElseGet(() -> settings.save(new NotificationSettings(username)));
    }
}
