package kz.shamy.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The input fields a deployed Camunda Form declares: what a user may send when they complete the task it
 * belongs to. Display components (text, read-only or disabled fields) are not input: values the process shows
 * the user are never taken back from them.
 */
record DeclaredForm(String formKey, Map<String, Field> fields) {

    /** The longest text a field without its own {@code maxLength} takes (a full report body fits). */
    static final int DEFAULT_MAX_LENGTH = 200_000;

    /** How deep components may nest in a form Shamy reads; deeper is not a form a person filled. */
    static final int MAX_DEPTH = 32;

    /** One input field, with what its form says of it. */
    record Field(String key, String type, String subtype, boolean required, int maxLength, Double min, Double max,
            Pattern pattern, List<String> values) {
    }

    /** A form with no input fields (a task with no form takes no variables either). */
    static DeclaredForm none(String formKey) {
        return new DeclaredForm(formKey, Map.of());
    }

    /** Reads a Camunda Form's JSON (schema 16). */
    static DeclaredForm parse(String formKey, JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields, 0);
        return new DeclaredForm(formKey, Collections.unmodifiableMap(fields));
    }

    private static void collect(JsonNode components, Map<String, Field> fields, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("form components nest deeper than " + MAX_DEPTH);
        }
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            boolean input = key != null && !component.path("disabled").asBoolean(false)
                    && !component.path("readonly").asBoolean(false) && isInputType(component.path("type").asText());
            if (input) {
                fields.put(key, field(key, component));
            }
            collect(component.path("components"), fields, depth + 1);
        }
    }

    private static boolean isInputType(String type) {
        return switch (type) {
            case "textfield", "textarea", "number", "checkbox", "radio", "select", "datetime", "checklist",
                    "taglist" -> true;
            default -> false;
        };
    }

    private static Field field(String key, JsonNode component) {
        JsonNode validate = component.path("validate");
        List<String> values = new ArrayList<>();
        for (JsonNode value : component.path("values")) {
            values.add(value.path("value").asText());
        }
        return new Field(key, component.path("type").asText(), component.path("subtype").asText(null),
                validate.path("required").asBoolean(false),
                validate.has("maxLength") ? validate.get("maxLength").asInt() : DEFAULT_MAX_LENGTH,
                validate.has("min") ? validate.get("min").asDouble() : null,
                validate.has("max") ? validate.get("max").asDouble() : null,
                pattern(validate.path("pattern").asText(null)), List.copyOf(values));
    }

    private static Pattern pattern(String regex) {
        if (regex == null || regex.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
