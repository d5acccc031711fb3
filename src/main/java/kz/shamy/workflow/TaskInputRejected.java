package kz.shamy.workflow;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown by a task listener (usually on {@code complete}) when the submitted form data is not valid.
 * The engine rolls the whole command back, so the task stays open and nothing is saved; the REST API
 * and Tasklist answer 400 with this message.
 *
 * <p>It extends the engine's own form-validation exception because that is the one the engine REST API
 * answers with 400 (task complete, submit-form and process start); any other engine exception becomes 500.
 */
public class TaskInputRejected extends FormFieldValidationException {

    public TaskInputRejected(String message) {
        super(null, message);
    }
}
