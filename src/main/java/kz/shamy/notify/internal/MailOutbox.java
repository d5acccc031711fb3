package kz.shamy.notify.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a mail to the outbox in the caller's transaction, in the recipient's language, unless there is no
 * SMTP server, the person has no address, or they switched this kind of mail off. {@link MailDispatch} sends it.
 */
@Service
public class MailOutbox {

    private final MailItemRepository items;
    private final NotificationPreferences preferences;
    private final People people;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;

    MailOutbox(MailItemRepository items, NotificationPreferences preferences, People people,
            ObjectProvider<JavaMailSender> smtp, Clock clock) {
        this.items = items;
        this.preferences = preferences;
        this.people = people;
        this.smtp = smtp;
        this.clock = clock;
    }

    /**
     * @param text the mail's text in a given language
     * @param path the page in Shamy the mail links to
     * @return whether a mail was written
     */
    @Transactional
    public boolean record(String recipient, MailKind kind, Function<Locale, String> text, String path) {
        if (smtp.getIfAvailable() == null) {
            return false;
        }
        String address = people.find(recipient).map(Person::email).filter(a -> !a.isBlank()).orElse(null);
        NotificationSettings settings = preferences.of(recipient);
        if (address == null || !settings.wants(kind)) {
            return false;
        }
        Locale language = settings.locale();
        items.save(new MailItem(recipient, address, kind, language, text.apply(language), path, settings.isDigest(),
                clock.instant()));
        return true;
    }
}
