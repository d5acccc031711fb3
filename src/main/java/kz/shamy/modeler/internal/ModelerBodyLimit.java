package kz.shamy.modeler.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.shamy.shared.CachedBodyRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request to the modeler's API may carry at most {@value #MAX_BODY_BYTES} bytes (a 2 MB draft, escaped as
 * JSON): a larger one is answered 413 before it is read (by its Content-Length) or as soon as reading passes the
 * limit (a chunked body), so a 100 MB upload costs no memory. Runs after Spring Security: only an administrator
 * gets this far.
 */
@Component
class ModelerBodyLimit extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    private final ObjectMapper json;

    ModelerBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/modeler/") && !path.startsWith("/modeler/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            tooLarge(response);
            return;
        }
        if (length >= 0) {
            chain.doFilter(request, response);
            return;
        }
        // no Content-Length (chunked): read at most one byte past the limit, then hand on what was read
        CachedBodyRequest read = CachedBodyRequest.read(request, MAX_BODY_BYTES);
        if (read == null) {
            tooLarge(response);
            return;
        }
        chain.doFilter(read, response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the connection is closed rather than the rest of a large body read and thrown away
        response.setHeader("Connection", "close");
        byte[] problem = json.writeValueAsBytes(ModelerProblems.tooLarge(MAX_BODY_BYTES).getBody());
        response.setContentLength(problem.length);
        response.getOutputStream().write(problem);
        // sent now: the server would otherwise wait for the body it is not going to read before answering
        response.flushBuffer();
    }
}
