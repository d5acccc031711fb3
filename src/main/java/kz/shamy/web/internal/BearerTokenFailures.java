package kz.shamy.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A Bearer token Shamy could not check because Keycloak's signing keys could not be fetched (Keycloak down
 * and the keys never fetched, or fetched too long ago) is a 503 problem detail that says to try again, not
 * Spring's default 500 whose message names the JWKS URL. A token that was checked and refused stays a 401
 * with its {@code WWW-Authenticate} challenge.
 */
class BearerTokenFailures implements AuthenticationFailureHandler {

    static final URI TYPE = URI.create("urn:shamy:problem:sign-in-service-unavailable");
    /** Seconds a client should wait before trying again; Keycloak restarts in well under a minute. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFailures.class);

    private final UnauthenticatedProblem refused;
    private final ObjectMapper json;

    BearerTokenFailures(ObjectMapper json) {
        this.json = json;
        this.refused = UnauthenticatedProblem.bearer(json);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        if (!(failure instanceof AuthenticationServiceException)) {
            refused.commence(request, response, failure);
            return;
        }
        // the cause (with Keycloak's URL) goes to the log only
        log.warn("Bearer token on {} not checked, Keycloak's keys are unavailable: {}", request.getRequestURI(),
                failure.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The sign-in service cannot be reached, so the access token cannot be checked right now. "
                        + "Try again shortly.");
        problem.setTitle("Sign-in service unavailable");
        problem.setType(TYPE);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
