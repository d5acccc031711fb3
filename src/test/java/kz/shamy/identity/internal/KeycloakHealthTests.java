package kz.shamy.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** Keycloak's readiness component against a stand-in for the realm's discovery document. */
class KeycloakHealthTests {

    private final AtomicInteger answer = new AtomicInteger(200);
    private HttpServer realm;

    @AfterEach
    void stop() {
        if (realm != null) {
            realm.stop(0);
        }
    }

    @Test
    void aRealmThatAnswersIsUp() throws IOException {
        Health health = new KeycloakHealth(startRealm()).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("status", 200);
    }

    @Test
    void aRealmThatAnswersWithAnErrorIsDegraded() throws IOException {
        answer.set(503);

        Health health = new KeycloakHealth(startRealm()).health();

        assertThat(health.getStatus()).isEqualTo(KeycloakHealth.DEGRADED);
        assertThat(health.getDetails()).containsEntry("status", 503);
    }

    @Test
    void aRealmNobodyListensAtIsDegraded() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        Health health = new KeycloakHealth("http://127.0.0.1:" + closed + "/realms/shamy").health();

        assertThat(health.getStatus()).isEqualTo(KeycloakHealth.DEGRADED);
        assertThat(health.getDetails()).containsKey("error");
    }

    private String startRealm() throws IOException {
        realm = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        realm.createContext("/realms/shamy/.well-known/openid-configuration", exchange -> {
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(answer.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        realm.start();
        return "http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/shamy";
    }
}
