package kz.shamy.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * A deployed form's words in the reader's language: {@code form.<formId>.<key>.label}, {@code .description} and
 * {@code .option.<value>} for a field, {@code form.<formId>.<id>.text} for a text, {@code form.<formId>.title} for the
 * task; the form's own (English) words where the bundles have none.
 */
final class TaskFormView {

    private final String formId;
    private final MessageSource messages;
    private final Locale locale;

    TaskFormView(String formId, MessageSource messages, Locale locale) {
        this.formId = formId;
        this.messages = messages;
        this.locale = locale;
    }

    /** One option of a select or radio field. */
    record Option(String value, String label, boolean chosen) {
    }

    /**
     * One component as the page draws it: a text's HTML (escaped, see {@link FormText}), or a field with its words,
     * the value it shows (what was typed, else what the task holds, else the form's default) and its refusal.
     */
    record Part(String kind, String key, String inputId, String label, String description, String html,
            boolean required, boolean readOnly, Integer maxLength, Double min, Double max, String value,
            boolean checked, List<Option> options, String error) {
    }

    String title(String taskName) {
        return formId == null ? taskName : messages.getMessage("form." + formId + ".title", null, taskName, locale);
    }

    String say(FieldProblem problem) {
        if (problem.messageKey() != null) {
            return messages.getMessage(problem.messageKey(), problem.arguments(),
                    problem.message() == null ? problem.messageKey() : problem.message(), locale);
        }
        return problem.message();
    }

    Part part(FormComponent component, Map<String, Object> values, Map<String, String> submitted,
            FieldProblem problem) {
        if (component.isText()) {
            String text = withoutHeading(words(component.id() + ".text", component.text()));
            return new Part("text", null, null, null, null, FormText.html(text, values), false, true, null, null, null,
                    null, false, List.of(), null);
        }
        String key = component.key();
        String shown = submitted.containsKey(key) || (!submitted.isEmpty() && "checkbox".equals(component.type()))
                ? submitted.get(key) : held(values.get(key), component);
        List<Option> options = new ArrayList<>();
        for (String value : component.values()) {
            options.add(new Option(value, words(key + ".option." + value, value), value.equals(shown)));
        }
        return new Part(kind(component), key, "field-" + key, words(key + ".label", component.label()),
                words(key + ".description", null), null, component.required(), component.readOnly(),
                component.maxLength(), component.min(), component.max(), shown,
                "true".equals(shown) || "on".equals(shown), options, problem == null ? null : say(problem));
    }

    /** A text that opens with the task's own title as a heading opens with what follows it (the page has the title). */
    private String withoutHeading(String text) {
        if (text == null) {
            return null;
        }
        String first = text.lines().findFirst().orElse("").strip();
        String title = title(null);
        if (title != null && first.startsWith("#") && first.replaceFirst("^#+\\s*", "").equals(title)) {
            return text.substring(text.indexOf(first) + first.length());
        }
        return text;
    }

    private String words(String suffix, String fallback) {
        return messages.getMessage("form." + formId + "." + suffix, null, fallback, locale);
    }

    /** What the task (or the form's default) holds for a field, as the page's input shows it. */
    private static String held(Object value, FormComponent component) {
        Object shown = value != null ? value
                : component.defaultValue() == null || component.defaultValue().isNull() ? null
                        : component.defaultValue().asText();
        if (shown instanceof java.util.Date date) {
            return date.toInstant().atZone(kz.shamy.shared.SchoolTime.ZONE).toLocalDate().toString();
        }
        if (shown instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return String.valueOf(number.longValue());
        }
        return shown == null ? null : shown.toString();
    }

    private static String kind(FormComponent component) {
        return switch (component.type()) {
            case "textarea", "number", "checkbox", "radio", "select" -> component.type();
            case "datetime" -> "date";
            default -> "textfield";
        };
    }
}
