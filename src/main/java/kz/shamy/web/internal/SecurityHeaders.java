package kz.shamy.web.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * What Shamy's answers tell the browser, besides Spring Security's defaults (no sniffing, no framing, no caching
 * of pages). Shamy's own pages are plain HTML with one stylesheet and no script, so their Content-Security-Policy
 * allows scripts, styles and form posts from Shamy only. The Camunda webapps ({@code /camunda/**}) get none from
 * here: Camunda's own header filter gives them its nonce-based policy ({@code 'strict-dynamic'}, with the
 * {@code 'unsafe-eval'} their AngularJS needs), and a second policy would be enforced on top of it and stop them.
 * The modeler's pages ({@code /modeler/**}) run Shamy's bundle of bpmn-js, dmn-js and form-js (all from Shamy, no
 * inline script): their policy adds only what those libraries draw with, style attributes in the markup they
 * insert ({@code style-src-attr}, never a {@code <style>} element or a script) and {@code data:} images (icons
 * in form-js's stylesheet).
 * No answer sends its address to another site (Referrer-Policy {@code same-origin}).
 */
public final class SecurityHeaders {

    private static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'%s; frame-ancestors 'none'";
    private static final String MODELER = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'%s; frame-ancestors 'none'";
    private static final String MODELER_PAGES = "/modeler/**";
    private static final String APIS = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /**
     * Shamy's pages and the webapps.
     *
     * @param formTargets origins a form's post may be redirected to besides Shamy (Keycloak's, whose logout
     *        {@code POST /logout} ends on): browsers hold redirects after a post to {@code form-action} too
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> pages(String... formTargets) {
        String formAction = Arrays.stream(formTargets).map(origin -> " " + origin).collect(Collectors.joining());
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(new OrRequestMatcher(paths.matcher("/camunda/**"),
                                paths.matcher(MODELER_PAGES))),
                        new ContentSecurityPolicyHeaderWriter(PAGES.formatted(formAction))))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(paths.matcher(MODELER_PAGES),
                        new ContentSecurityPolicyHeaderWriter(MODELER.formatted(formAction))));
    }

    /** {@code /api} and {@code /engine-rest}: JSON for programs, nothing a browser should run or frame. */
    static Customizer<HeadersConfigurer<HttpSecurity>> apis() {
        return headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(policy -> policy.policyDirectives(APIS));
    }

    /** The origin ({@code scheme://host[:port]}) of an absolute URL, for {@link #pages(String...)}. */
    static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
