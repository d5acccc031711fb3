package kz.shamy.programme.internal;

import kz.shamy.programme.Workshops;
import kz.shamy.shared.SchoolTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The dates and periods the induction-workshop process's timers wait for. */
@Component
public class WorkshopTimers {

    /** Workshops are held in Kazakhstan; a deadline date ends at midnight there. */
    /** Deadlines and reminders are reckoned in Kazakhstan. */
    static final ZoneId ZONE = SchoolTime.ZONE;

    private final Duration reminderLead;
    private final String feedbackPeriod;

    public WorkshopTimers(@Value("${shamy.workshop.reminder-lead:P2D}") Duration reminderLead,
            @Value("${shamy.workshop.feedback-period:P14D}") String feedbackPeriod) {
        this.reminderLead = reminderLead;
        this.feedbackPeriod = feedbackPeriod;
    }

    /** Answers are accepted until the end of the deadline day. */
    public Instant answerDeadline(LocalDate registrationDeadline) {
        return registrationDeadline.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * {@code reminder-lead} before the deadline; when invitations go out later than that, half-way between
     * now and the deadline, so the reminder never fires together with the invitation.
     */
    public Instant reminderAt(Instant answerDeadline, Instant now) {
        Instant reminder = answerDeadline.minus(reminderLead);
        if (reminder.isAfter(now)) {
            return reminder;
        }
        return now.plus(Duration.between(now, answerDeadline).dividedBy(2));
    }

    /** ISO 8601 duration, e.g. P14D. */
    String feedbackPeriod() {
        return feedbackPeriod;
    }

    static Date asDate(Instant instant) {
        return Date.from(instant);
    }
}
