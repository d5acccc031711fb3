package kz.shamy.identity;

import kz.shamy.identity.internal.KeycloakProperties;
import kz.shamy.identity.internal.KeycloakRequestTimer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * Keycloak mode: where the engine reads Shamy's people and groups (never writes them), as plain settings. The
 * engine's side, the community plugin {@code camunda-platform-7-keycloak} with Shamy's caches in front of it, is
 * workflow's engine adapter, which reads these settings; identity knows nothing of the engine's internals.
 *
 * <p>Camunda user ids are Keycloak usernames and group ids are the group names ({@code teachers}), the
 * same ids tokens carry in {@code preferred_username} and {@code groups} and processes name.
 */
public final class KeycloakDirectory {

    private final Connection connection;
    private final List<ClientHttpRequestInterceptor> requestInterceptors;
    private final List<Runnable> caches = new CopyOnWriteArrayList<>();

    public KeycloakDirectory(KeycloakProperties keycloak, MeterRegistry meters) {
        KeycloakProperties.Identity identity = keycloak.identity();
        this.connection = new Connection(keycloak.serverUrl(), keycloak.adminUrl(), identity.clientId(),
                identity.clientSecret(), identity.cacheSize(), identity.cacheTimeToLive());
        this.requestInterceptors = List.of(new KeycloakRequestTimer(meters));
    }

    /**
     * The realm and the service account the directory is read with, and its caches: at most {@code cacheSize}
     * entries each, kept for {@code cacheTimeToLive} (a change in Keycloak shows after at most this long).
     */
    public record Connection(String issuerUrl, String adminUrl, String clientId, String clientSecret, int cacheSize,
            Duration cacheTimeToLive) {

        @Override
        public String toString() {
            return "Connection[adminUrl=" + adminUrl + ", clientId=" + clientId + "]";
        }
    }

    public Connection connection() {
        return connection;
    }

    /** To run around every request sent to Keycloak's admin API (timing, by resource). */
    public List<ClientHttpRequestInterceptor> requestInterceptors() {
        return requestInterceptors;
    }

    /** Whoever caches what the directory answered registers here how to forget it. */
    public void onClearCache(Runnable forget) {
        caches.add(forget);
    }

    /** Forget cached users and groups, so a change in Keycloak shows at once. */
    public void clearCache() {
        caches.forEach(Runnable::run);
    }
}
