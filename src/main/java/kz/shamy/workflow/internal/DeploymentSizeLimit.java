package kz.shamy.workflow.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A deployment is read whole into memory by the engine REST API, with no limit of its own; Shamy's processes
 * are a few hundred kilobytes. A deployment over {@value #MAX_BYTES} bytes is answered 413 before it is read
 * (by its Content-Length) or as soon as reading passes the limit (a chunked body).
 */
@Provider
@Priority(Priorities.USER)
class DeploymentSizeLimit implements ContainerRequestFilter {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().endsWith("deployment/create")) {
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(tooLarge());
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    private static jakarta.ws.rs.core.Response tooLarge() {
        return EngineProblems.problem(413, EngineProblems.TOO_LARGE, "Too large",
                "a deployment may have at most " + MAX_BYTES / (1024 * 1024) + " MB");
    }

    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
