package kz.shamy.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.SchoolTime;

/**
 * Reads what Camunda Forms submit into Shamy's types, refusing what cannot be read with a message that
 * names the field. Forms send text as strings, dates as {@code 2026-09-01} (a date-time field as
 * {@code 2026-09-01T09:00}; the engine may hand a {@link java.util.Date}), numbers as Long or Double, lists
 * of usernames typed into one field or as a JSON list, and yes/no as booleans or {@code "true"}.
 *
 * <p>Who reads decides how a refusal travels: a task listener reads with {@link #TASK} (a
 * {@link TaskInputRejected}: the task stays open), a start check or a service with {@link #REQUEST} (an
 * {@link InvalidRequest}: HTTP 400 naming the field).
 */
public final class FormInput {

    /** Refuses with {@link TaskInputRejected}. */
    public static final FormInput TASK = new FormInput((field, message) -> new TaskInputRejected(field, message, null));
    /** Refuses with {@link InvalidRequest}. */
    public static final FormInput REQUEST = new FormInput(InvalidRequest::new);

    private final BiFunction<String, String, RuntimeException> refusal;

    private FormInput(BiFunction<String, String, RuntimeException> refusal) {
        this.refusal = refusal;
    }

    /** Trimmed text, {@code null} when absent or blank. */
    public String optionalText(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** Trimmed text that must be there. */
    public String text(String field, Object value) {
        String text = optionalText(value);
        if (text == null) {
            throw refused(field, field + " is required");
        }
        return text;
    }

    /** Text of at most {@code maxLength} characters; {@code null} stays {@code null}. */
    public String atMost(String field, String text, int maxLength) {
        if (text != null && text.length() > maxLength) {
            throw refused(field, field + " is longer than " + maxLength + " characters");
        }
        return text;
    }

    /** One of the allowed values of a select field. */
    public String choice(String field, Object value, String... allowed) {
        for (String option : allowed) {
            if (option.equals(value)) {
                return option;
            }
        }
        throw refused(field, field + " must be one of " + String.join(", ", allowed) + ", was " + value);
    }

    /** A day, or {@code null} when absent. */
    public LocalDate date(String field, Object value) {
        try {
            return SchoolTime.dateOf(value);
        } catch (DateTimeParseException e) {
            throw refused(field, field + " must be a date like 2026-10-01, not '" + value + "'");
        }
    }

    /** A day that has come (today in Kazakhstan or earlier): for recording what happened. */
    public LocalDate pastDate(String field, Object value, Clock clock) {
        LocalDate date = date(field, value);
        if (date == null) {
            throw refused(field, field + " is required");
        }
        if (date.isAfter(SchoolTime.today(clock))) {
            throw refused(field, field + " " + date + " is in the future; record what has happened");
        }
        return date;
    }

    /** Usernames from a list, or from text separated by commas, semicolons or white space; each once. */
    public List<String> usernames(Object value) {
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

    /** At least one username. */
    public List<String> someUsernames(String field, Object value) {
        List<String> names = usernames(value);
        if (names.isEmpty()) {
            throw refused(field, field + " must name at least one person");
        }
        return names;
    }

    /** A record id, or {@code null} when absent. */
    public Long id(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        Long id = wholeNumberOrNull(value);
        if (id == null) {
            throw refused(field, field + " must be a whole number, not '" + value + "'");
        }
        return id;
    }

    /** A whole number from {@code min} to {@code max}. */
    public int wholeNumber(String field, Object value, int min, int max) {
        Long number = wholeNumberOrNull(value);
        if (number == null) {
            throw refused(field, field + " must be a whole number from " + min + " to " + max + ", was " + value);
        }
        if (number < min || number > max) {
            throw refused(field, field + " must be from " + min + " to " + max + ", was " + number);
        }
        return number.intValue();
    }

    /** A yes/no the person must give. */
    public boolean decision(String field, Object value, String question) {
        if (value instanceof Boolean yes) {
            return yes;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw refused(field, field + " is required: " + question);
    }

    /** A tick box: absent means not ticked. */
    public boolean ticked(Object value) {
        return value instanceof Boolean yes ? yes : value instanceof String s && Boolean.parseBoolean(s);
    }

    private static Long wholeNumberOrNull(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        if (value instanceof String s && s.strip().matches("-?\\d{1,18}")) {
            return Long.valueOf(s.strip());
        }
        return null;
    }

    private RuntimeException refused(String field, String message) {
        return refusal.apply(field, message);
    }
}
