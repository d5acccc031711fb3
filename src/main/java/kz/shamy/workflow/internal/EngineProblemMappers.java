package kz.shamy.workflow.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonParseException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The JAX-RS side of {@link EngineProblems}: one mapper for each exception type Camunda's REST resources
 * register a handler for, each ahead of Camunda's (Jersey picks the mapper of the nearest type, then the
 * higher priority). Registered in the engine REST API ({@link EngineRestConfiguration}) and in the webapps'
 * engine API ({@link WebappEngineApi}). A failed request on a task that has meanwhile ended is answered by
 * {@link EndedTasks} (409 to those who could have held it, 404 to everyone else).
 */
final class EngineProblemMappers {

    /** The classes to register, in both applications. */
    static final List<Class<?>> ALL = List.of(AnyFailure.class, EngineFailure.class, RestFailure.class,
            JsonMappingFailure.class, JsonParseFailure.class, TaskDeletionCheck.class, DeploymentSizeLimit.class,
            PagingCheck.class);

    private EngineProblemMappers() {
    }

    abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {

        @Context
        UriInfo uri;

        @Context
        Request request;

        @Override
        public Response toResponse(E exception) {
            return EndedTasks.explain(request.getMethod(), uri.getPath(), exception)
                    .orElseGet(() -> EngineProblems.of(exception));
        }
    }

    @Provider
    @Priority(1)
    static class AnyFailure extends Mapper<Throwable> {
    }

    @Provider
    @Priority(1)
    static class EngineFailure extends Mapper<ProcessEngineException> {
    }

    @Provider
    @Priority(1)
    static class RestFailure extends Mapper<RestException> {
    }

    @Provider
    @Priority(1)
    static class JsonMappingFailure extends Mapper<JsonMappingException> {
    }

    @Provider
    @Priority(1)
    static class JsonParseFailure extends Mapper<JsonParseException> {
    }
}
