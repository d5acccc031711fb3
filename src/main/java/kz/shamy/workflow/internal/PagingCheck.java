package kz.shamy.workflow.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * {@code firstResult} and {@code maxResults} of the engine's lists go into the database query as they are:
 * a negative one failed in the database (500). Here they are refused with 400 first.
 */
@Provider
@Priority(Priorities.USER)
class PagingCheck implements ContainerRequestFilter {

    private static final List<String> PAGING = List.of("firstResult", "maxResults");

    @Override
    public void filter(ContainerRequestContext request) {
        for (String name : PAGING) {
            String value = request.getUriInfo().getQueryParameters().getFirst(name);
            if (value != null && value.strip().startsWith("-")) {
                request.abortWith(EngineProblems.invalid(name + " must be 0 or more"));
                return;
            }
        }
    }
}
