package kz.shamy.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Before a browser is sent to Keycloak's login page, asks Keycloak for the realm's discovery document:
 * when it does not answer, sign-in fails here with {@link KeycloakUnreachable} (and web shows its page)
 * instead of the browser's own "cannot connect".
 */
final class ReachableKeycloakSignIn implements OAuth2AuthorizationRequestResolver {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final OAuth2AuthorizationRequestResolver resolver;
    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ReachableKeycloakSignIn(OAuth2AuthorizationRequestResolver resolver, String issuer) {
        this.resolver = resolver;
        this.discovery = URI.create(issuer + "/.well-known/openid-configuration");
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return reachable(resolver.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return reachable(resolver.resolve(request, clientRegistrationId));
    }

    /** Null (not a sign-in request) passes untouched; a sign-in request only when Keycloak answers. */
    private OAuth2AuthorizationRequest reachable(OAuth2AuthorizationRequest signIn) {
        if (signIn == null) {
            return null;
        }
        try {
            int status = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new KeycloakUnreachable(discovery, new IOException("Keycloak answered " + status));
            }
            return signIn;
        } catch (IOException e) {
            throw new KeycloakUnreachable(discovery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakUnreachable(discovery, new IOException("interrupted", e));
        }
    }
}
