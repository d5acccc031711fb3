package kz.shamy.notify.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import kz.shamy.shared.SchoolTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A task's name and due date as a mail or a calendar says them in one language: the name from the bundle by the
 * task's id in its process ({@code mail.task.ReviewPlan}), the process's own name where the bundle has none;
 * times in Kazakhstan's zone.
 */
@Component
class TaskNames {

    private final MessageSource messages;

    TaskNames(MessageSource messages) {
        this.messages = messages;
    }

    String name(String taskDefinitionKey, String engineName, Locale language) {
        String fallback = engineName == null ? taskDefinitionKey : engineName;
        return messages.getMessage("mail.task." + taskDefinitionKey, null, fallback, language);
    }

    String time(Instant at, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(language)
                .withZone(SchoolTime.ZONE).format(at);
    }
}
