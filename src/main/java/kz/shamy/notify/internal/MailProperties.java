package kz.shamy.notify.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings besides the SMTP server's ({@code spring.mail.*}; no {@code spring.mail.host}, no mail).
 *
 * @param baseUrl where Shamy is reached, for the links in mails and the calendar link
 * @param from the sender's address
 * @param maxAttempts how often one mail is tried before it is given up
 * @param deadlineWarning how long before a task's due date the first reminder goes
 * @param deadlineRepeat how often a reminder repeats while the deadline approaches, and after it passed
 * @param overdueReminders how many reminders at most after a due date passed
 */
@ConfigurationProperties("shamy.mail")
record MailProperties(@DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("shamy@localhost") String from,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("P2D") Duration deadlineWarning,
        @DefaultValue("P1D") Duration deadlineRepeat,
        @DefaultValue("3") int overdueReminders) {

    String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
