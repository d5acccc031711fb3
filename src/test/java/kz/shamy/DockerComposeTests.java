package kz.shamy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml checked without a Docker engine (none runs on the machines that build Shamy): every file,
 * image, port and variable it names exists in the project or is pinned, start order waits only on health checks
 * that exist, and the proxy sends requests to services that exist, on Shamy's port. The broken copies show that
 * each check can fail.
 */
class DockerComposeTests {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private final ComposeCheck check = new ComposeCheck(PROJECT);
    private final String compose = Files.readString(PROJECT.resolve("docker-compose.yml"));

    DockerComposeTests() throws IOException {
    }

    @Test
    void theComposeFileNamesOnlyWhatExists() throws IOException {
        assertThat(check.problems(compose)).isEmpty();
    }

    @Test
    void theComposeFileIsTheFullStackWithTwoShamyNodesBehindTheProxy() throws IOException {
        assertThat(compose).contains("\n  postgres:\n", "\n  keycloak:\n", "\n  mailpit:\n", "\n  shamy:\n",
                "\n  shamy2:\n", "\n  proxy:\n");
        assertThat(Files.readString(PROJECT.resolve("deploy/haproxy.cfg")))
                .containsPattern("server shamy shamy:8080").containsPattern("server shamy2 shamy2:8080");
    }

    @Test
    void aVariableShamyDoesNotReadIsReported() throws IOException {
        assertThat(check.problems(compose.replace("SPRING_MAIL_HOST:", "SPRING_MAIL_HOTS:")))
                .containsExactly("shamy: Shamy reads no variable SPRING_MAIL_HOTS",
                        "shamy2: Shamy reads no variable SPRING_MAIL_HOTS");
        assertThat(check.problems(compose.replace("SHAMY_DEMO_DATA: \"false\"", "SHAMY_DEMO: \"false\"")))
                .containsExactly("shamy2: Shamy reads no variable SHAMY_DEMO");
    }

    @Test
    void anUnpinnedImageIsReported() throws IOException {
        assertThat(check.problems(compose.replace("haproxy:3.0-alpine", "haproxy:latest")))
                .containsExactly("proxy: image haproxy:latest is not pinned to a version tag");
        assertThat(check.problems(compose.replace("image: postgres:16", "image: postgres")))
                .containsExactly("postgres: image postgres is not pinned to a version tag");
    }

    @Test
    void aMissingFileOrVolumeIsReported() throws IOException {
        assertThat(check.problems(compose.replace("./deploy/haproxy.cfg", "./deploy/nginx.conf")))
                .containsExactly("proxy: bind-mounts ./deploy/nginx.conf, which is not in the project");
        assertThat(check.problems(compose.replace("build: .", "build: ./docker")))
                .contains("shamy: builds from docker/Dockerfile, which is not in the project");
        assertThat(check.problems(compose.replace("- shamy2-data:/app/data", "- shamy-2-data:/app/data")))
                .containsExactly("shamy2: volume shamy-2-data is not declared under volumes");
    }

    @Test
    void startOrderOnAMissingHealthCheckOrServiceIsReported() throws IOException {
        String withoutMailpitHealth = compose.replace("""
                    healthcheck:
                      test: ["CMD", "/mailpit", "readyz"]
                      interval: 5s
                      retries: 20
                """, "");
        assertThat(withoutMailpitHealth).isNotEqualTo(compose);
        assertThat(check.problems(withoutMailpitHealth))
                .containsExactly("shamy: waits for mailpit to be healthy, which has no health check");
        assertThat(check.problems(compose.replace("      keycloak:\n        condition", "      keycloac:\n        condition")))
                .containsExactly("shamy: depends on keycloac, which is no service");
    }

    @Test
    void collidingPortsAndProxyUpstreamsThatNameNoServiceAreReported() throws IOException {
        assertThat(check.problems(compose.replace("\"8025:8025\"", "\"8081:8025\"")))
                .containsExactly("mailpit: publishes port 8081, which keycloak publishes too");
        // the second node renamed: the proxy's config still sends requests to shamy2
        assertThat(check.problems(compose.replace("\n  shamy2:\n", "\n  shamy-two:\n")
                        .replace("      shamy2:\n        condition", "      shamy-two:\n        condition")))
                .containsExactly("proxy: deploy/haproxy.cfg sends requests to shamy2, which is no service");
    }

    @Test
    void aShamyPortOtherThanServerPortIsReported() throws IOException {
        assertThat(check.problems(compose.replace("SERVER_FORWARD_HEADERS_STRATEGY: native",
                "SERVER_FORWARD_HEADERS_STRATEGY: native\n      PORT: \"9090\"")))
                .contains("shamy: its health check does not ask Shamy's port 9090",
                        "shamy2: its health check does not ask Shamy's port 9090");
    }
}
