package kz.shamy.web.internal;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.UrlUtils;

/**
 * Every redirect of Shamy's names a path on this server, never the {@code Host} header the request carried (which
 * its sender chooses). Tomcat leaves a relative {@code Location} as it is ({@code server.tomcat.use-relative-
 * redirects}); these are the two places where Spring Security would build an absolute URL from the request: the
 * redirect to the sign-in page, and the return to the page asked for before signing in.
 */
final class RelativeRedirects {

    private RelativeRedirects() {
    }

    /** Anyone not signed in who asks for a page goes to {@code loginPage}, by its path. */
    static AuthenticationEntryPoint toSignIn(String loginPage) {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(loginPage);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** After signing in: back to the page asked for (its path and query only), or else to {@code defaultTarget}. */
    static AuthenticationSuccessHandler afterSignIn(String defaultTarget) {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl(defaultTarget);
        handler.setRedirectStrategy(new PathOnly());
        return handler;
    }

    /** The remembered page is this server's own: its absolute URL (built from the Host header) loses its origin. */
    private static final class PathOnly extends DefaultRedirectStrategy {

        @Override
        protected String calculateRedirectUrl(String contextPath, String url) {
            if (!UrlUtils.isAbsoluteUrl(url)) {
                return super.calculateRedirectUrl(contextPath, url);
            }
            int path = url.indexOf('/', url.indexOf("://") + 3);
            return path < 0 ? contextPath + "/" : url.substring(path);
        }
    }
}
