package kz.shamy.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One component of a deployed Camunda Form as Shamy's task page shows it: a text, or a field with its key, type and
 * limits. The English label, description and text of the form stand in where the bundles have no words for them.
 * Conditions ({@code conditional.hide}) are not evaluated: a page without script shows every field.
 */
record FormComponent(String id, String type, String key, String subtype, String label, String description, String text,
        boolean required, boolean readOnly, Integer maxLength, Double min, Double max, List<String> values,
        JsonNode defaultValue) {

    /**
     * The components of a form, depth first, in the order the form lists them. An id the form repeats (forms edited
     * by hand do) is told apart as {@code <id>_2}, {@code <id>_3}…, as the bundles key it.
     */
    static List<FormComponent> parse(JsonNode form) {
        List<FormComponent> components = new ArrayList<>();
        collect(form.path("components"), components, 0, new HashMap<>());
        return List.copyOf(components);
    }

    private static void collect(JsonNode nodes, List<FormComponent> into, int depth, Map<String, Integer> seen) {
        if (depth > DeclaredForm.MAX_DEPTH) {
            throw new IllegalArgumentException("form components nest deeper than " + DeclaredForm.MAX_DEPTH);
        }
        for (JsonNode node : nodes) {
            JsonNode validate = node.path("validate");
            List<String> values = new ArrayList<>();
            for (JsonNode value : node.path("values")) {
                values.add(value.path("value").asText());
            }
            String id = node.path("id").asText(null);
            if (id != null) {
                int times = seen.merge(id, 1, Integer::sum);
                id = times == 1 ? id : id + "_" + times;
            }
            into.add(new FormComponent(id, node.path("type").asText(""),
                    node.path("key").asText(null), node.path("subtype").asText(null), node.path("label").asText(null),
                    node.path("description").asText(null), node.path("text").asText(null),
                    validate.path("required").asBoolean(false),
                    node.path("disabled").asBoolean(false) || node.path("readonly").asBoolean(false),
                    validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                    validate.has("min") ? validate.get("min").asDouble() : null,
                    validate.has("max") ? validate.get("max").asDouble() : null, List.copyOf(values),
                    node.get("defaultValue")));
            collect(node.path("components"), into, depth + 1, seen);
        }
    }

    boolean isText() {
        return "text".equals(type);
    }

    boolean isInput() {
        return key != null && !readOnly && !isText();
    }
}
