package kz.shamy.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/** The engine REST API's handler for its own wrapped failures, answering Shamy's rejections with 400. */
@Provider
@Priority(1)
class RejectionAwareRestExceptionHandler implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        return ShamyRejections.asBadRequest(exception).orElseGet(() -> camunda.toResponse(exception));
    }
}
