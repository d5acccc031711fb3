package kz.shamy.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A 401 on {@code /api} and {@code /engine-rest} that says what to send, as a problem detail like every other
 * refusal of the APIs, with the challenge a client expects in {@code WWW-Authenticate}: HTTP Basic in the
 * embedded default, a Bearer token (with Spring's {@code error="invalid_token"} description when one was
 * refused) with Keycloak. Without it, Spring Security's own 401 ends in Spring Boot's error JSON.
 */
final class UnauthenticatedProblem implements AuthenticationEntryPoint {

    static final URI TYPE = URI.create("urn:shamy:problem:unauthenticated");

    private final AuthenticationEntryPoint challenge;
    private final String detail;
    private final ObjectMapper json;

    private UnauthenticatedProblem(AuthenticationEntryPoint challenge, String detail, ObjectMapper json) {
        this.challenge = challenge;
        this.detail = detail;
        this.json = json;
    }

    /** HTTP Basic with Shamy's accounts (the embedded default). */
    static UnauthenticatedProblem basic(String realm, ObjectMapper json) {
        return new UnauthenticatedProblem((request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        }, "Sign in: send your username and password with HTTP Basic authentication.", json);
    }

    /** A Keycloak access token (keycloak profile). */
    static UnauthenticatedProblem bearer(ObjectMapper json) {
        return new UnauthenticatedProblem(new BearerTokenAuthenticationEntryPoint(),
                "Sign in: send a valid, unexpired access token of Shamy's realm as 'Authorization: Bearer …'.", json);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        challenge.commence(request, response, failure);
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status == null ? HttpStatus.UNAUTHORIZED : status,
                detail);
        problem.setTitle("Not signed in");
        problem.setType(TYPE);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
