package kz.shamy.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Thrown by a task listener (usually on {@code complete}) when the submitted form data is not valid.
 * The engine rolls the whole command back, so the task stays open and nothing is saved; the REST API
 * and Tasklist answer 400 with this message, Shamy's task page shows it at the field it names.
 *
 * <p>The engine wraps whatever a task listener throws; the engine REST API's exception handlers in this
 * package find this rejection inside and answer 400 with its message, instead of the engine's 500.
 */
public class TaskInputRejected extends BadUserRequestException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public TaskInputRejected(String message) {
        this(null, message, null);
    }

    /**
     * A refusal of one field ({@code null}: of the whole submission), readable in the person's language when
     * {@code messageKey} names a bundle message ({@code null}: the English message is all there is).
     */
    public TaskInputRejected(String field, String message, String messageKey, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The form field at fault, or {@code null}. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
