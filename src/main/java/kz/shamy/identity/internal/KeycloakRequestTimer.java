package kz.shamy.identity.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Times every request the engine's directory sends to Keycloak ({@code shamy.keycloak.directory.requests}, by
 * resource: {@code users}, {@code groups}, {@code group-by-path}, {@code token}), so how often a page makes
 * Shamy ask Keycloak shows on /actuator/prometheus instead of being guessed.
 */
public final class KeycloakRequestTimer implements ClientHttpRequestInterceptor {

    public static final String METER = "shamy.keycloak.directory.requests";

    private final MeterRegistry registry;

    public KeycloakRequestTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            ClientHttpResponse response = execution.execute(request, body);
            outcome = Integer.toString(response.getStatusCode().value());
            return response;
        } finally {
            sample.stop(Timer.builder(METER).description("Requests of the engine's user and group directory to Keycloak")
                    .tag("resource", resource(request.getURI())).tag("status", outcome).register(registry));
        }
    }

    /** The kind of request, never an id: {@code /admin/realms/shamy/users/<id>/groups} is {@code users}. */
    static String resource(URI uri) {
        String path = uri.getPath();
        if (path.endsWith("/protocol/openid-connect/token")) {
            return "token";
        }
        int admin = path.indexOf("/admin/realms/");
        if (admin < 0) {
            return "other";
        }
        String[] segments = path.substring(admin + "/admin/realms/".length()).split("/");
        return segments.length > 1 ? segments[1] : "realm";
    }
}
