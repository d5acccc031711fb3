package kz.shamy.notify.internal;

import kz.shamy.notify.Notifier;
import kz.shamy.programme.WorkshopNews;
import kz.shamy.programme.WorkshopNews.AnswerAwaited;
import kz.shamy.programme.WorkshopNews.EligibleForCircles;
import kz.shamy.programme.WorkshopNews.Invited;
import kz.shamy.programme.WorkshopNews.NoAnswerRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a workshop's invitees what the induction workshop decided, once it has committed. */
@Component
class WorkshopNotices {

    private final Notifier notifier;

    WorkshopNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(WorkshopNews news) {
        for (String username : news.usernames()) {
            if (news instanceof Invited invited) {
                notifier.notify(username, "notify.workshop.invited", invited.venue(), invited.day1(), invited.day2(),
                        invited.registrationDeadline());
            } else if (news instanceof AnswerAwaited awaited) {
                notifier.notify(username, "notify.workshop.reminder", awaited.venue(), awaited.day1(),
                        awaited.registrationDeadline());
            } else if (news instanceof NoAnswerRecorded lapsed) {
                notifier.notify(username, "notify.workshop.noAnswer", lapsed.venue(), lapsed.day1());
            } else if (news instanceof EligibleForCircles eligible) {
                notifier.notify(username, "notify.workshop.eligible", eligible.venue());
            }
        }
    }
}
