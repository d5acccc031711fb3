package kz.shamy.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Thrown by a process's start listener when its input variables name a missing or unknown school,
 * teacher or circle. The start is rolled back (no instance exists) and the REST API answers 400.
 *
 * <p>The engine wraps whatever a task listener throws; the engine REST API's exception handlers in this
 * package find this rejection inside and answer 400 with its message, instead of the engine's 500.
 */
public class ProcessStartRejected extends BadUserRequestException {

    public ProcessStartRejected(String message) {
        super(message);
    }
}
