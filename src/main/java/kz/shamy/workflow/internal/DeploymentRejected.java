package kz.shamy.workflow.internal;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Thrown while a deployment is checked, before the engine parses it, when a resource is one the engine
 * must not be given (a form nested deeper than any form needs, which overflows the parser's stack) or there
 * is nothing to deploy. Nothing is deployed; the REST API answers 400 with this message.
 */
public class DeploymentRejected extends BadUserRequestException {

    public DeploymentRejected(String message) {
        super(message);
    }
}
