package kz.shamy.circle;

import kz.shamy.shared.SchoolTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import kz.shamy.workflow.TaskInputRejected;

/** Reads the values the circle's Camunda Forms submit, refusing what cannot be read. */
final class CircleFormInput {

    /** Kazakhstan's time zone: "today" for a date a facilitator enters. */

    private CircleFormInput() {
    }

    /** A past or present date, from a form's date field ("2026-10-01", possibly with a time) or a Date. */
    static LocalDate pastDate(String field, Object value) {
        LocalDate date = date(field, value);
        if (date.isAfter(SchoolTime.today(java.time.Clock.systemUTC()))) {
            throw new TaskInputRejected(field + " " + date + " is in the future; record what has happened");
        }
        return date;
    }

    private static LocalDate date(String field, Object value) {
        try {
            LocalDate date = SchoolTime.dateOf(value);
            if (date == null) {
                throw new TaskInputRejected(field + " is required");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new TaskInputRejected(field + " must be a date like 2026-10-01, not '" + value + "'");
        }
    }

    /** Required text, trimmed. */
    static String text(String field, Object value) {
        String text = optionalText(value);
        if (text.isEmpty()) {
            throw new TaskInputRejected(field + " is required");
        }
        return text;
    }

    static String optionalText(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    /** Usernames from a text field ("teacher1, teacher2") or a list; at least one. */
    static List<String> usernames(String field, Object value) {
        List<String> usernames = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> usernames.add(optionalText(v)));
        } else {
            usernames.addAll(List.of(optionalText(value).split("[,;\\s]+")));
        }
        usernames.removeIf(String::isEmpty);
        if (usernames.isEmpty()) {
            throw new TaskInputRejected(field + " must name at least one teacher");
        }
        return usernames;
    }
}
