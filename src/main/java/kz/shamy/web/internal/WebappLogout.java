package kz.shamy.web.internal;

import kz.shamy.workflow.WebappCsrf;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Camunda webapps' own "Log out" (Tasklist, Cockpit, Admin: {@code POST /camunda/api/admin/auth/user/
 * {engine}/logout} in the background, then the app reloads). Camunda alone would forget only its own copy of
 * the user, and Spring Security's session would sign them straight back in; so Spring Security's logout takes
 * this request first and ends Shamy's session (and, with Keycloak, the Keycloak session).
 *
 * <p>It is handled before Camunda's CSRF filter sees it, so it is taken only with the CSRF token Camunda gave
 * this session in its {@code X-XSRF-TOKEN} header, as Camunda would require; without it the request goes on
 * to Camunda, which refuses it.
 */
final class WebappLogout {

    static final String PATH = "/camunda/api/admin/auth/user/{engine}/logout";

    private WebappLogout() {
    }

    /** Shamy's own sign-out ({@code POST /logout}) or the webapps' "Log out" ({@link #request()}). */
    static RequestMatcher orShamyLogout() {
        return new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
                request());
    }

    static RequestMatcher request() {
        return new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH),
                WebappCsrf::tokenSent);
    }
}
