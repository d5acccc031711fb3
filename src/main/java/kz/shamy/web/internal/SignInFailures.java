package kz.shamy.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A Keycloak sign-in that failed lands on one of Shamy's pages ({@link KeycloakSignInPages}), never on
 * a stack trace: "unavailable" when Keycloak could not be reached (an I/O failure anywhere in the cause),
 * "failed" for anything else (a stale or forged callback, a refused token).
 */
class SignInFailures implements AuthenticationFailureHandler {

    static final String PAGES = "/sign-in/**";
    static final String UNAVAILABLE = "/sign-in/unavailable";
    static final String FAILED = "/sign-in/failed";

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        boolean unreachable = causedByIo(failure);
        log.warn("Sign-in through Keycloak {}: {}", unreachable ? "unavailable" : "failed", describe(failure));
        redirects.sendRedirect(request, response, unreachable ? UNAVAILABLE : FAILED);
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            text.append(" <- ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
