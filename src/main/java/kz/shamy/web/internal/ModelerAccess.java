package kz.shamy.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/** Who may reach the modeler (modeler.internal): administrators only, its pages and its API alike. */
final class ModelerAccess {

    static final String API = "/api/modeler/**";
    static final String PAGES = "/modeler/**";

    private ModelerAccess() {
    }

    /** A request that brings its own credentials (Basic, a bearer token) rather than a session cookie. */
    static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    static ForbiddenProblem denied(ObjectMapper json) {
        return new ForbiddenProblem("The modeler is for administrators; a change from its pages carries the "
                + "page's CSRF token.", json);
    }
}
