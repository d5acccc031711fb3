package kz.shamy.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Thrown by a task listener (usually on {@code complete}) when the submitted form data is not valid.
 * The engine rolls the whole command back, so the task stays open and nothing is saved; the REST API
 * and Tasklist answer 400 with this message.
 *
 * <p>The engine wraps whatever a task listener throws; the engine REST API's exception handlers in this
 * package find this rejection inside and answer 400 with its message, instead of the engine's 500.
 */
public class TaskInputRejected extends BadUserRequestException {

    public TaskInputRejected(String message) {
        super(message);
    }
}
