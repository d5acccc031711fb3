package kz.shamy.identity;

import kz.shamy.identity.internal.KeycloakProperties;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeycloakPropertiesTests {

    private static KeycloakProperties properties(String issuer, String serverUrl) {
        return new KeycloakProperties(issuer, serverUrl, issuer + "/protocol/openid-connect/certs", "shamy-api",
                Duration.ofSeconds(30), new KeycloakProperties.Keys(Duration.ofMinutes(5), Duration.ofHours(1)),
                new KeycloakProperties.Identity("shamy-identity", "secret", 10, Duration.ofMinutes(5)),
                new KeycloakProperties.Web("shamy-web", "secret"));
    }

    @Test
    void withoutAServerUrlShamyCallsKeycloakWhereBrowsersDo() {
        KeycloakProperties keycloak = properties("http://localhost:8081/realms/shamy", null);

        assertThat(keycloak.serverUrl()).isEqualTo("http://localhost:8081/realms/shamy");
        assertThat(keycloak.serverEndpoint("token"))
                .isEqualTo("http://localhost:8081/realms/shamy/protocol/openid-connect/token");
        assertThat(keycloak.adminUrl()).isEqualTo("http://localhost:8081/admin/realms/shamy");
    }

    @Test
    void onAPrivateNetworkBrowsersGoToThePublicUrlAndShamyToThePrivateOne() {
        KeycloakProperties keycloak = properties("http://localhost:8081/realms/shamy",
                "http://keycloak:8081/realms/shamy");

        assertThat(keycloak.browserEndpoint("auth"))
                .isEqualTo("http://localhost:8081/realms/shamy/protocol/openid-connect/auth");
        assertThat(keycloak.browserEndpoint("logout"))
                .isEqualTo("http://localhost:8081/realms/shamy/protocol/openid-connect/logout");
        assertThat(keycloak.serverEndpoint("token"))
                .isEqualTo("http://keycloak:8081/realms/shamy/protocol/openid-connect/token");
        assertThat(keycloak.adminUrl()).isEqualTo("http://keycloak:8081/admin/realms/shamy");
        assertThat(keycloak.issuer()).as("tokens still name the public issuer")
                .isEqualTo("http://localhost:8081/realms/shamy");
    }
}
