package kz.shamy.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * Keycloak mode's readiness component {@code keycloak}: whether Shamy's server reaches the realm (its discovery
 * document answers 200 within {@value #TIMEOUT_SECONDS} s). Unreachable is {@link #DEGRADED}, not DOWN: a load
 * balancer keeps the node, because people already signed in go on working through an outage (sessions, and
 * tokens checked with the realm keys cached for up to the outage tolerance), and only new sign-ins wait, on
 * Shamy's "sign-in unavailable" page. Taking every node out would stop all of that too. Monitoring alerts on
 * DEGRADED; {@code management.endpoint.health.status} in application.yml orders it and answers it with 200.
 */
final class KeycloakHealth implements HealthIndicator {

    /** Keycloak answers, but not everything Shamy offers works. */
    static final Status DEGRADED = new Status("DEGRADED", "Keycloak cannot be reached: nobody new can sign in");
    private static final int TIMEOUT_SECONDS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);

    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    KeycloakHealth(String serverUrl) {
        this.discovery = URI.create(serverUrl + "/.well-known/openid-configuration");
    }

    @Override
    public Health health() {
        Health.Builder health = Health.status(DEGRADED).withDetail("url", discovery.toString());
        try {
            int status = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            return (status == 200 ? Health.up().withDetail("url", discovery.toString()) : health)
                    .withDetail("status", status).build();
        } catch (IOException e) {
            return health.withDetail("error", e.toString()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return health.withDetail("error", "interrupted").build();
        }
    }
}
