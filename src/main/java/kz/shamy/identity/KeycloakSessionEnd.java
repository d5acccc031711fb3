package kz.shamy.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Ends the signed-in person's Keycloak session from the server (Keycloak's logout endpoint with the session's
 * refresh token and {@code shamy-web}'s credentials), for logouts that cannot send the browser to Keycloak:
 * the Camunda webapps log out with a background request, which cannot follow a redirect to another origin.
 * Without it, the next visit would be signed in again silently by the Keycloak session.
 *
 * <p>Must run before the session is invalidated (the refresh token lives in it). When Keycloak cannot be
 * reached the logout in Shamy still happens; the Keycloak session then lives on until it expires, which is
 * logged.
 */
public final class KeycloakSessionEnd implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(KeycloakSessionEnd.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final ClientRegistration registration;
    private final URI logoutEndpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public KeycloakSessionEnd(OAuth2AuthorizedClientRepository authorizedClients, ClientRegistration registration,
            URI logoutEndpoint) {
        this.authorizedClients = authorizedClients;
        this.registration = registration;
        this.logoutEndpoint = logoutEndpoint;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication == null) {
            return;
        }
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(registration.getRegistrationId(),
                authentication, request);
        OAuth2RefreshToken refreshToken = client == null ? null : client.getRefreshToken();
        if (refreshToken == null) {
            log.warn("No Keycloak refresh token in {}'s session: their Keycloak session is not ended",
                    authentication.getName());
            return;
        }
        HttpRequest logout = HttpRequest.newBuilder(logoutEndpoint).timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic(registration.getClientId(), registration.getClientSecret()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("refresh_token="
                        + URLEncoder.encode(refreshToken.getTokenValue(), StandardCharsets.UTF_8)))
                .build();
        try {
            int status = http.send(logout, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                log.warn("Keycloak answered {} when ending {}'s session", status, authentication.getName());
            }
        } catch (IOException e) {
            log.warn("Keycloak unreachable, {}'s Keycloak session is not ended: {}", authentication.getName(),
                    e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String basic(String clientId, String secret) {
        // client_secret_basic: each part form-encoded first (RFC 6749, section 2.3.1)
        String pair = URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
