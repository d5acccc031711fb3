package kz.shamy.workflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Checks the variables a completion sends (the engine REST API's {@code {"name": {"value": …, "type": …}}}
 * map) against the task's {@link DeclaredForm}: only the form's input fields, each of its declared type and
 * within its limits. Anything else is a {@link FormFieldRefused} naming the field, before the engine sees it.
 */
final class FormSubmission {

    /** Dates a person types into a form of this programme; year 1000 or 9999 is a typing slip. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TEXT_TYPES = Set.of("string");
    private static final Set<String> NUMBER_TYPES = Set.of("long", "integer", "short", "double");

    private FormSubmission() {
    }

    static void check(DeclaredForm form, JsonNode variables) {
        if (variables == null || variables.isNull() || variables.isMissingNode()) {
            return;
        }
        if (!variables.isObject()) {
            throw new FormFieldRefused(null, "variables must be an object of form fields");
        }
        Iterator<Map.Entry<String, JsonNode>> entries = variables.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            DeclaredForm.Field field = form.fields().get(entry.getKey());
            if (field == null) {
                throw new FormFieldRefused(entry.getKey(), "'" + entry.getKey() + "' is not a field of form "
                        + form.formKey() + "; it accepts " + form.fields().keySet());
            }
            check(field, entry.getValue());
        }
    }

    private static void check(DeclaredForm.Field field, JsonNode variable) {
        if (!variable.isObject()) {
            throw refused(field, "must be sent as {\"value\": …, \"type\": …}");
        }
        JsonNode value = variable.path("value");
        String type = variable.path("type").asText("").toLowerCase();
        JsonNode info = variable.path("valueInfo");
        if (info.isObject() && !info.isEmpty()) {
            throw refused(field, "takes a plain value, without valueInfo");
        }
        if (value.isNull() || value.isMissingNode() || type.equals("null")) {
            if (!type.isEmpty() && !type.equals("null") && !value.isNull() && !value.isMissingNode()) {
                throw refused(field, "has a value of the wrong type");
            }
            return;
        }
        switch (field.type()) {
            case "textfield", "textarea" -> text(field, type, value);
            case "number" -> number(field, type, value);
            case "checkbox" -> {
                if (!(type.isEmpty() || type.equals("boolean")) || !value.isBoolean()) {
                    throw refused(field, "must be true or false");
                }
            }
            case "radio", "select" -> {
                text(field, type, value);
                if (!field.values().isEmpty() && !field.values().contains(value.asText())) {
                    throw refused(field, "must be one of " + field.values());
                }
            }
            case "datetime" -> date(field, type, value);
            default -> list(field, type, value);
        }
    }

    private static void text(DeclaredForm.Field field, String type, JsonNode value) {
        if (!(type.isEmpty() || TEXT_TYPES.contains(type)) || !value.isTextual()) {
            throw refused(field, "must be text");
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (length > field.maxLength()) {
            throw refused(field, "is " + length + " characters long; the form takes at most " + field.maxLength()
                    + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw refused(field, "contains a control character (U+" + String.format("%04X", (int) c) + ")");
            }
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
            throw refused(field, "does not have the form's pattern " + field.pattern().pattern());
        }
    }

    private static void number(DeclaredForm.Field field, String type, JsonNode value) {
        if (!(type.isEmpty() || NUMBER_TYPES.contains(type)) || !value.isNumber()) {
            throw refused(field, "must be a number");
        }
        double number = value.asDouble();
        if (!Double.isFinite(number) || (field.min() != null && number < field.min())
                || (field.max() != null && number > field.max())) {
            throw refused(field, "must be a number from " + bound(field.min()) + " to " + bound(field.max()));
        }
    }

    private static void date(DeclaredForm.Field field, String type, JsonNode value) {
        if (!(type.isEmpty() || type.equals("string")) || !value.isTextual()) {
            throw refused(field, "must be a date written as YYYY-MM-DD");
        }
        String text = value.asText();
        if ("date".equals(field.subtype()) || field.subtype() == null) {
            try {
                int year = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).getYear();
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw refused(field, "must be a date between " + FIRST_YEAR + " and " + LAST_YEAR);
                }
            } catch (DateTimeParseException e) {
                throw refused(field, "must be a date written as YYYY-MM-DD");
            }
        } else if (text.length() > 40) {
            throw refused(field, "must be a date or time");
        }
    }

    private static void list(DeclaredForm.Field field, String type, JsonNode value) {
        JsonNode items = value;
        if (type.equals("json") && value.isTextual()) {
            try {
                items = JSON.readTree(value.asText());
            } catch (JsonProcessingException e) {
                throw refused(field, "must be a list of the form's values");
            }
        }
        if (!(type.isEmpty() || type.equals("json")) || !items.isArray()) {
            throw refused(field, "must be a list of the form's values");
        }
        for (JsonNode item : items) {
            if (!item.isTextual() || (!field.values().isEmpty() && !field.values().contains(item.asText()))) {
                throw refused(field, "must be a list of " + field.values());
            }
        }
    }

    private static String bound(Double bound) {
        if (bound == null) {
            return "any";
        }
        return bound == Math.rint(bound) ? String.valueOf(bound.longValue()) : bound.toString();
    }

    private static FormFieldRefused refused(DeclaredForm.Field field, String why) {
        return new FormFieldRefused(field.key(), "'" + field.key() + "' " + why);
    }
}
