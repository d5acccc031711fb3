package kz.shamy.notify.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A mail's subject and plain-text body from the outbox, in the language its items were written in. */
@Component
class MailComposer {

    record Mail(String subject, String body) {
    }

    private final MessageSource messages;
    private final MailProperties properties;

    MailComposer(MessageSource messages, MailProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    Mail single(MailItem item) {
        Locale language = item.locale();
        String subject = message("mail.subject." + item.getKind().name().toLowerCase(Locale.ROOT), language);
        String body = message("mail.greeting", language) + "\n\n" + item.getText() + "\n\n"
                + message("mail.open", language, properties.link(item.getLink())) + "\n\n" + footer(language);
        return new Mail(subject, body);
    }

    /** The day's items in one mail, in the language of the latest. */
    Mail digest(List<MailItem> items) {
        Locale language = items.get(items.size() - 1).locale();
        StringBuilder body = new StringBuilder(message("mail.greeting", language)).append("\n\n")
                .append(message("mail.digest.intro", language, items.size())).append("\n");
        for (MailItem item : items) {
            body.append("\n- ").append(item.getText()).append("\n  ").append(properties.link(item.getLink()))
                    .append("\n");
        }
        body.append("\n").append(footer(language));
        return new Mail(message("mail.subject.digest", language, items.size()), body.toString());
    }

    private String footer(Locale language) {
        return "-- \n" + message("mail.footer", language, properties.link("/settings/notifications"));
    }

    private String message(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
