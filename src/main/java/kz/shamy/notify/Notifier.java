package kz.shamy.notify;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a notification to a person. The message is a key in the message bundles
 * ({@code messages*.properties}, e.g. {@code notify.workshop.invited}) so it reads in the recipient's language.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifier(NotificationRepository notifications) {
        this.notifications = notifications;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Notification notify(String recipient, String messageKey, Object... arguments) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < arguments.length; i++) {
            if (i > 0) {
                joined.append('\u001f');
            }
            joined.append(arguments[i]);
        }
        log.info("notify {}: {} {}", recipient, messageKey, joined);
        return notifications.save(new Notification(recipient, messageKey, joined.toString(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Notification> of(String recipient) {
        return notifications.findByRecipientOrderByCreatedAtDesc(recipient);
    }

    @Transactional(readOnly = true)
    public List<Notification> of(String recipient, String messageKey) {
        return notifications.findByRecipientAndMessageKey(recipient, messageKey);
    }
}
