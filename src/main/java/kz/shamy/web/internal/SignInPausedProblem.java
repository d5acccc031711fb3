package kz.shamy.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import kz.shamy.identity.SignInPaused;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * HTTP Basic from an address that sent too many wrong passwords for the account ({@link SignInPaused}): 429 with
 * {@code Retry-After}, as a problem detail in the caller's language; every other refusal goes on to the usual
 * 401 ({@link UnauthenticatedProblem}).
 */
final class SignInPausedProblem implements AuthenticationEntryPoint {

    static final URI TYPE = URI.create("urn:shamy:problem:sign-in-paused");

    private final AuthenticationEntryPoint otherwise;
    private final MessageSource messages;
    private final ObjectMapper json;

    SignInPausedProblem(AuthenticationEntryPoint otherwise, MessageSource messages, ObjectMapper json) {
        this.otherwise = otherwise;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!(failure instanceof SignInPaused paused)) {
            otherwise.commence(request, response, failure);
            return;
        }
        String seconds = Long.toString(Math.max(1, (paused.retryAfter().toMillis() + 999) / 1000));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("signin.paused.detail", new Object[] {seconds}, request.getLocale()));
        problem.setTitle("Too many wrong passwords");
        problem.setType(TYPE);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, seconds);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
