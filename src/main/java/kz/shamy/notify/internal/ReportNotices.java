package kz.shamy.notify.internal;

import kz.shamy.notify.Notifier;
import kz.shamy.reports.ReportPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the author that their report is published, once the publication has committed. */
@Component
class ReportNotices {

    private final Notifier notifier;

    ReportNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(ReportPublished published) {
        notifier.notify(published.author(), "notify.devwork.reportPublished", published.title());
    }
}
