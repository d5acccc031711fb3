package kz.shamy.workflow.internal;

import kz.shamy.workflow.TaskInputRejected;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what an HTML form on Shamy's task page sent (every value a string; an unticked checkbox absent) into the
 * variables the task's Camunda Form would have sent from Tasklist, refusing in the reader's language what the form
 * does not take: a required field left empty, text too long, a number that is not one or out of range, an option
 * the form does not offer, a date that is not a date. What passes is checked once more exactly as a Tasklist
 * submission is ({@link FormSubmission}), so both doors take the same values.
 */
final class TaskSubmission {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(?:[.,]\\d+)?");
    /** How Kazakh and Russian write a day: 01.10.2026. */
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private TaskSubmission() {
    }

    /** The refusal of a submission: the fields at fault and, apart, what is wrong with it as a whole. */
    static final class Refused extends RuntimeException {

        private final Map<String, FieldProblem> fields;
        private final FieldProblem general;

        Refused(Map<String, FieldProblem> fields, FieldProblem general) {
            super("the task's form was not taken: " + fields.keySet());
            this.fields = Map.copyOf(fields);
            this.general = general;
        }

        static Refused by(TaskInputRejected rejected, DeclaredForm form) {
            FieldProblem problem = new FieldProblem(rejected.messageKey(), rejected.arguments(),
                    rejected.getMessage());
            if (rejected.field() != null && form.fields().containsKey(rejected.field())) {
                return new Refused(Map.of(rejected.field(), problem), null);
            }
            return new Refused(Map.of(), problem);
        }

        Map<String, FieldProblem> fields() {
            return fields;
        }

        FieldProblem general() {
            return general;
        }
    }

    static Map<String, Object> read(DeployedTaskForms.TaskForm form, Map<String, String> submitted) {
        Map<String, Object> variables = new LinkedHashMap<>();
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        for (DeclaredForm.Field field : form.declared().fields().values()) {
            String raw = submitted.get(field.key());
            String text = raw == null ? null : raw.replace("\r\n", "\n").strip();
            if (field.type().equals("checkbox")) {
                variables.put(field.key(), raw != null && (raw.equals("true") || raw.equals("on")));
                continue;
            }
            if (text == null || text.isEmpty()) {
                if (field.required()) {
                    problems.put(field.key(), FieldProblem.of("form.error.required"));
                } else if (raw != null && isText(field)) {
                    variables.put(field.key(), "");
                }
                continue;
            }
            try {
                variables.put(field.key(), value(field, text));
            } catch (FieldRefusal refusal) {
                problems.put(field.key(), refusal.problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems, null);
        }
        try {
            FormSubmission.check(form.declared(), asSubmitted(variables));
        } catch (FormFieldRefused refused) {
            FieldProblem problem = new FieldProblem(null, null, refused.getMessage());
            throw refused.field() == null ? new Refused(Map.of(), problem)
                    : new Refused(Map.of(refused.field(), problem), null);
        }
        return variables;
    }

    /** The engine wraps what a task listener throws; the refusal is somewhere in the chain of causes. */
    static TaskInputRejected rejectionIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputRejected rejected) {
                return rejected;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static boolean isText(DeclaredForm.Field field) {
        return field.type().equals("textfield") || field.type().equals("textarea");
    }

    private static Object value(DeclaredForm.Field field, String text) {
        return switch (field.type()) {
            case "textfield", "textarea" -> {
                if (text.codePointCount(0, text.length()) > field.maxLength()) {
                    throw new FieldRefusal(FieldProblem.of("form.error.maxLength", field.maxLength()));
                }
                yield text;
            }
            case "number" -> number(field, text);
            case "radio", "select" -> {
                if (!field.values().isEmpty() && !field.values().contains(text)) {
                    throw new FieldRefusal(FieldProblem.of("form.error.option"));
                }
                yield text;
            }
            case "datetime" -> date(text);
            default -> throw new FieldRefusal(new FieldProblem(null, null,
                    "fields of type " + field.type() + " are completed in Tasklist"));
        };
    }

    private static Number number(DeclaredForm.Field field, String text) {
        String plain = text.replace(" ", "").replace("\u00a0", "");
        Number number;
        if (INTEGER.matcher(plain).matches()) {
            number = Long.parseLong(plain);
        } else if (DECIMAL.matcher(plain).matches()) {
            number = Double.parseDouble(plain.replace(',', '.'));
        } else {
            throw new FieldRefusal(FieldProblem.of("form.error.number"));
        }
        double value = number.doubleValue();
        if ((field.min() != null && value < field.min()) || (field.max() != null && value > field.max())) {
            throw new FieldRefusal(FieldProblem.of("form.error.range", bound(field.min()), bound(field.max())));
        }
        return number;
    }

    /** A day as the engine takes it ({@code 2026-10-01}), from that or from the dotted way of writing it. */
    private static String date(String text) {
        LocalDate day;
        try {
            day = text.contains(".") ? LocalDate.parse(text, DOTTED) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FieldRefusal(FieldProblem.of("form.error.date"));
        }
        if (day.getYear() < FormSubmission.FIRST_YEAR || day.getYear() > FormSubmission.LAST_YEAR) {
            throw new FieldRefusal(FieldProblem.of("form.error.date"));
        }
        return day.toString();
    }

    private static String bound(Double bound) {
        if (bound == null) {
            return "…";
        }
        return bound == Math.rint(bound) ? String.valueOf(bound.longValue()) : bound.toString();
    }

    private static ObjectNode asSubmitted(Map<String, Object> variables) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        variables.forEach((name, value) -> {
            ObjectNode variable = body.putObject(name);
            if (value instanceof Boolean b) {
                variable.put("value", b).put("type", "Boolean");
            } else if (value instanceof Long l) {
                variable.put("value", l).put("type", "Long");
            } else if (value instanceof Double d) {
                variable.put("value", d).put("type", "Double");
            } else {
                variable.put("value", value.toString()).put("type", "String");
            }
        });
        return body;
    }

    /** One field's refusal, caught by {@link #read} to gather them all. */
    private static final class FieldRefusal extends RuntimeException {

        private final transient FieldProblem problem;

        FieldRefusal(FieldProblem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
