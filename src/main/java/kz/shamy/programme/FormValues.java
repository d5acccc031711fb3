package kz.shamy.programme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.SchoolTime;

/**
 * Reads what Camunda Forms submit (strings for dates and lists, numbers as Long or Double) into Shamy's
 * types, refusing with an {@link InvalidRequest} that names the field.
 */
final class FormValues {

    private FormValues() {
    }

    static Long id(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.valueOf(s.strip());
            } catch (NumberFormatException e) {
                // falls through to the refusal below
            }
        }
        throw new InvalidRequest(field, field + " must be a whole number, not '" + value + "'");
    }

    static LocalDate date(String field, Object value) {
        try {
            // a date field sends 2026-09-01; a date-time field 2026-09-01T09:00 — the day is what counts
            return SchoolTime.dateOf(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, field + " must be a date (YYYY-MM-DD), not '" + value + "'");
        }
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** Usernames from a list, or from text separated by commas, semicolons or white space; each once. */
    static List<String> usernames(Object value) {
        Set<String> names = new LinkedHashSet<>();
        if (value instanceof Collection<?> values) {
            values.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
        } else if (value != null) {
            for (String name : value.toString().split("[,;\\s]+")) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }
}
