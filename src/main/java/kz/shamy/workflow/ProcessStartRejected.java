package kz.shamy.workflow;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown by a process's start listener when its input variables name a missing or unknown school,
 * teacher or circle. The start is rolled back (no instance exists) and the REST API answers 400.
 *
 * <p>It extends the engine's own form-validation exception because that is the one the engine REST API
 * answers with 400 (task complete, submit-form and process start); any other engine exception becomes 500.
 */
public class ProcessStartRejected extends FormFieldValidationException {

    public ProcessStartRejected(String message) {
        super(null, message);
    }
}
