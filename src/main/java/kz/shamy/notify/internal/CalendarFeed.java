package kz.shamy.notify.internal;

import kz.shamy.notify.CalendarEntry;
import kz.shamy.notify.CalendarSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.shamy.workflow.DueTask;
import kz.shamy.workflow.TaskDeadlines;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A person's calendar as RFC 5545 text: every feature's entries, and the due dates of the person's tasks. */
@Component
class CalendarFeed {

    private final List<CalendarSource> sources;
    private final TaskDeadlines deadlines;
    private final TaskNames tasks;
    private final MessageSource messages;
    private final MailProperties properties;
    private final Clock clock;

    CalendarFeed(List<CalendarSource> sources, TaskDeadlines deadlines, TaskNames tasks, MessageSource messages,
            MailProperties properties, Clock clock) {
        this.sources = sources;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    String of(String username, Locale language) {
        List<CalendarEntry> entries = new ArrayList<>();
        sources.forEach(source -> entries.addAll(source.entriesFor(username)));
        for (DueTask task : deadlines.dueTasksOf(username)) {
            entries.add(CalendarEntry.at("task-" + task.taskId(), task.due(), "calendar.taskDue",
                    List.of(tasks.name(task.taskDefinitionKey(), task.taskName(), language)),
                    "/tasks/" + task.taskId()));
        }
        ICalendarText text = new ICalendarText()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", "-//Shamy//Shamy calendar//EN")
                .line("CALSCALE", "GREGORIAN")
                .line("METHOD", "PUBLISH")
                .textLine("X-WR-CALNAME", messages.getMessage("calendar.name", null, language));
        for (CalendarEntry entry : entries) {
            text.line("BEGIN", "VEVENT")
                    .textLine("UID", entry.uid() + "@shamy")
                    .timeLine("DTSTAMP", clock.instant());
            if (entry.day() != null) {
                text.dateLine("DTSTART", entry.day()).dateLine("DTEND", entry.day().plusDays(1));
            } else {
                text.timeLine("DTSTART", entry.at());
            }
            text.textLine("SUMMARY", messages.getMessage(entry.titleKey(), entry.arguments().toArray(), language));
            if (entry.location() != null) {
                text.textLine("LOCATION", entry.location());
            }
            if (entry.path() != null) {
                text.line("URL", properties.link(entry.path()));
            }
            text.line("END", "VEVENT");
        }
        return text.line("END", "VCALENDAR").toString();
    }
}
