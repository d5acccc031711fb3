package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.web.PageClient.RawResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request's {@code Host} header is whatever its sender wrote. No redirect may repeat it: each one is a path on
 * this server, whoever sends it (Spring Security's sign-in and sign-out, Tomcat, the Camunda webapps), so a
 * forged header (or a cache that keyed an answer on one) cannot send a reader elsewhere. Over real HTTP, because
 * Tomcat and the webapps' filters take part. (The same context as LocalSignInIntegrationTests.)
 */
@ShamyIntegrationTest
class ForgedHostIntegrationTests {

    private static final String FORGED = "Host: evil.example";

    @LocalServerPort
    int port;

    @Test
    void strangersAreSentToTheLoginFormOnThisServer() throws Exception {
        PageClient stranger = new PageClient(port);
        for (String path : List.of("/", "/search?q=mektep", "/camunda/app/tasklist/", "/camunda/app/cockpit/default/")) {
            RawResponse response = stranger.raw("GET", path, null, FORGED);

            assertThat(response.status()).as(path).isEqualTo(302);
            assertThat(response.header("Location")).as(path).contains("/login");
        }
    }

    @Test
    void webappsRedirectWithinThisServer() throws Exception {
        PageClient teacher = new PageClient(port);
        teacher.signIn("teacher4", "demo");

        for (String path : List.of("/camunda", "/camunda/", "/camunda/app/", "/camunda/app/tasklist",
                "/camunda/app/tasklist/")) {
            RawResponse response = teacher.raw("GET", path, null, FORGED);

            assertThat(response.status()).as(path).isEqualTo(302);
            assertThat(response.header("Location")).as(path).hasValueSatisfying(l -> assertThat(l).startsWith("/camunda/"));
        }
    }

    @Test
    void signingInReturnsToTheAskedPageOnThisServer() throws Exception {
        PageClient staff = new PageClient(port);
        // the page asked for before signing in is remembered with the forged host it was asked on
        staff.raw("GET", "/search?q=mektep", null, FORGED);
        String form = "username=staff1&password=demo&_csrf=" + staff.csrfToken("/login");

        RawResponse signedIn = staff.raw("POST", "/login", form, FORGED);

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).contains("/search?q=mektep&continue");
    }

    @Test
    void failedSignInAndSignOutStayOnThisServer() throws Exception {
        PageClient client = new PageClient(port);
        RawResponse failed = client.raw("POST", "/login",
                "username=assessor2&password=not-demo&_csrf=" + client.csrfToken("/login"), FORGED);
        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.header("Location")).contains("/login?error");

        client.signIn("assessor2", "demo");
        RawResponse signedOut = client.raw("POST", "/logout", "_csrf=" + client.csrfToken("/"), FORGED);
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.header("Location")).contains("/login?logout");
    }
}
