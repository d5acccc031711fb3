package kz.shamy.workflow.internal;

/** A completion sent a variable its task's form does not declare, or a value the form does not take. */
final class FormFieldRefused extends RuntimeException {

    private final String field;

    FormFieldRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The variable at fault, or {@code null} when the whole body is. */
    String field() {
        return field;
    }
}
