package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The keycloak profile with no Keycloak listening: Shamy starts, a browser that wants to sign in gets
 * Shamy's own page saying so in its language (503), never a stack trace or the browser's "cannot connect";
 * a sign-in callback nobody started is refused on Shamy's page too; the APIs stay 401 without a token, and a
 * token that cannot be checked (the realm's keys were never fetched) is a 503 problem detail that names no
 * internal address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kc-down;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=false",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("keycloak")
class KeycloakSignInUnavailableIntegrationTests {

    private static int closed;

    @DynamicPropertySource
    static void keycloakNowhere(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        registry.add("shamy.keycloak.issuer", () -> "http://localhost:" + closed + "/realms/shamy");
    }

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void signInWhileKeycloakIsDownShowsAClearPageInTheReadersLanguage() {
        HttpResponse<String> english = open("/camunda/app/tasklist/", "en");

        assertThat(english.uri().getPath()).isEqualTo("/sign-in/unavailable");
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.body()).contains("Shamy cannot reach the sign-in service (Keycloak) right now")
                .doesNotContain("Exception").doesNotContain("at org.");

        assertThat(open("/", "ru").body()).contains("Shamy не может связаться со службой входа (Keycloak)");
        assertThat(open("/", "kk").body()).contains("Shamy кіру қызметіне (Keycloak) қазір қосыла алмай тұр");
    }

    @Test
    void callbackThatNoSignInStartedIsRefusedOnShamysPage() {
        HttpResponse<String> response = open("/login/oauth2/code/keycloak?code=forged&state=forged", "en");

        assertThat(response.uri().getPath()).isEqualTo("/sign-in/failed");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("The sign-in could not be completed");
    }

    @Test
    void loginPageIsShamysAndSaysKeycloakIsDown() {
        HttpResponse<String> login = open("/login", "kk");

        // not Spring's generated page listing the providers: straight on to the sign-in, which is unavailable
        assertThat(login.uri().getPath()).isEqualTo("/sign-in/unavailable");
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.body()).contains("Shamy кіру қызметіне (Keycloak) қазір қосыла алмай тұр")
                .doesNotContain("Login with OAuth 2.0");
    }

    @Test
    void tokenThatCannotBeCheckedIs503WithoutInternalAddresses() throws Exception {
        String token = tokenForTheRealm();

        for (String path : new String[] {"/engine-rest/task", "/api/search?q=reading", "/api/modeler/models"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).build());

            assertThat(response.statusCode()).as(path).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(response.body()).contains("\"type\":\"urn:shamy:problem:sign-in-service-unavailable\"")
                    .contains("\"status\":503")
                    .doesNotContain(Integer.toString(closed)).doesNotContain("localhost")
                    .doesNotContain("/realms/").doesNotContain("certs").doesNotContain("Exception");
        }
    }

    @Test
    void apisStillAnswer401WithoutAToken() {
        assertThat(open("/engine-rest/task", "en").statusCode()).isEqualTo(401);
        assertThat(open("/api/anything", "en").statusCode()).isEqualTo(401);
        assertThat(open("/api/modeler/models", "en").statusCode()).isEqualTo(401);
    }

    @Test
    void redirectsNameAPathOnThisServerNeverTheHostHeader() throws Exception {
        PageClient stranger = new PageClient(port);
        String[] forged = {"Host: evil.example", "Accept: text/html"};

        assertThat(stranger.raw("GET", "/camunda/app/tasklist/", null, forged).header("Location")).contains("/login");
        assertThat(stranger.raw("GET", "/login", null, forged).header("Location"))
                .contains("/oauth2/authorization/keycloak");
        assertThat(stranger.raw("GET", "/oauth2/authorization/keycloak", null, forged).header("Location"))
                .contains("/sign-in/unavailable");
    }

    @Test
    void pagesMayPostToShamyAndKeycloakOnly() {
        HttpResponse<String> page = open("/sign-in/unavailable", "en");

        // POST /logout ends on Keycloak's logout page, and browsers hold a form's redirects to form-action
        assertThat(page.headers().allValues("Content-Security-Policy")).singleElement().satisfies(policy -> assertThat(
                policy).contains("form-action 'self' http://localhost:" + closed + ";", "script-src 'self'"));
        assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
        assertThat(open("/api/anything", "en").headers().allValues("Referrer-Policy")).containsExactly("same-origin");
    }

    /** Well-formed and signed, as a token of the realm would be; whether its key is the realm's nobody can tell. */
    private static String tokenForTheRealm() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("http://localhost:" + closed + "/realms/shamy").audience("shamy-api")
                        .subject("teacher1-id").claim("preferred_username", "teacher1")
                        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }

    private HttpResponse<String> open(String path, String language) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", language).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
