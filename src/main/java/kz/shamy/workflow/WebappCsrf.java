package kz.shamy.workflow;

import jakarta.servlet.http.HttpServletRequest;
import kz.shamy.workflow.engine.WebappCsrfTokens;

/** The Camunda webapps' own CSRF protection, for a security rule that must take a webapp request before they do. */
public final class WebappCsrf {

    private WebappCsrf() {
    }

    /** True when the request carries, in the webapps' header, the token they issued to its session. */
    public static boolean tokenSent(HttpServletRequest request) {
        return WebappCsrfTokens.sentWith(request);
    }
}
