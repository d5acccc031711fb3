package kz.shamy.workflow.engine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/** The CSRF token the Camunda webapps issue to a session and expect back in a header, by their own names. */
public final class WebappCsrfTokens {

    private WebappCsrfTokens() {
    }

    /** True when {@code request} carries, in Camunda's header, the token Camunda gave its session. */
    public static boolean sentWith(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object issued = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return issued != null && sent != null && MessageDigest.isEqual(
                issued.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
