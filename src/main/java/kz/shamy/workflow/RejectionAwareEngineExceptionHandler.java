package kz.shamy.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/** The engine REST API's handler for engine exceptions, answering Shamy's rejections with 400. */
@Provider
@Priority(1)
class RejectionAwareEngineExceptionHandler implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return ShamyRejections.asBadRequest(exception).orElseGet(() -> camunda.toResponse(exception));
    }
}
