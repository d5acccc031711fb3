package kz.shamy.notify;

import kz.shamy.notify.internal.MailKind;
import kz.shamy.notify.internal.MailOutbox;
import kz.shamy.notify.internal.Notification;
import kz.shamy.notify.internal.NotificationRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a notification to a person. The message is a key in the message bundles
 * ({@code messages*.properties}, e.g. {@code notify.workshop.invited}) so it reads in the recipient's language.
 * Returns, escalations and certification outcomes go by mail too ({@link MailOutbox}), linking to a page.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    /** The notifications that are mailed too, by kind. */
    private static final Map<String, MailKind> MAILED = Map.of(
            "notify.devwork.planReturned", MailKind.RETURN,
            "notify.devwork.reportReturned", MailKind.RETURN,
            "notify.devwork.planReviewOverdue", MailKind.ESCALATION,
            "notify.certification.certified", MailKind.CERTIFICATION,
            "notify.certification.failed", MailKind.CERTIFICATION,
            "notify.certification.notEndorsed", MailKind.CERTIFICATION);

    private final NotificationRepository notifications;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final Clock clock;

    Notifier(NotificationRepository notifications, MailOutbox mail, MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional
    public Notification notify(String recipient, String messageKey, Object... arguments) {
        return notifyAbout(recipient, "/", messageKey, arguments);
    }

    /** As {@link #notify}, and a mail of this message links to {@code path}, a page in Shamy. */
    @Transactional
    public Notification notifyAbout(String recipient, String path, String messageKey, Object... arguments) {
        Optional.ofNullable(MAILED.get(messageKey)).ifPresent(kind -> mail.record(recipient, kind,
                language -> messages.getMessage(messageKey, arguments, messageKey, language), path));
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < arguments.length; i++) {
            if (i > 0) {
                joined.append('\u001f');
            }
            joined.append(arguments[i]);
        }
        // the row is the record; at INFO this line cost a twentieth of a facilitator's review request (issue 13), and
        // its arguments carry what people wrote (a return's comments), which the log keeps nowhere else
        log.debug("notify {}: {}", recipient, messageKey);
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
