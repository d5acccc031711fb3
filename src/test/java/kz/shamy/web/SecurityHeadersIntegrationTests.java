package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every answer tells the browser, over real HTTP: Shamy's pages allow scripts, styles and forms from Shamy
 * only; the Camunda webapps keep Camunda's own nonce-based policy, which their AngularJS needs, and nothing
 * else on top of it; no page hands its address to another site; the session cookie stays out of scripts and
 * out of other sites' requests. (The same context as LocalSignInIntegrationTests.)
 */
@ShamyIntegrationTest
class SecurityHeadersIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void shamysPagesAllowScriptsStylesAndFormsFromShamyOnly() throws Exception {
        PageClient client = new PageClient(port);
        client.signIn("teacher1", "demo");

        for (String page : List.of("/login", "/", "/search")) {
            HttpResponse<String> response = client.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(page).hasSize(1);
            assertThat(policies.get(0)).as(page)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                            "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(response.headers().allValues("Referrer-Policy")).as(page).containsExactly("same-origin");
        }
    }

    @Test
    void webappsKeepCamundasOwnPolicyAndNoSecondOne() throws Exception {
        PageClient client = new PageClient(port);
        client.signIn("teacher1", "demo");

        for (String app : List.of("/camunda/app/tasklist/default/", "/camunda/app/welcome/default/")) {
            HttpResponse<String> response = client.get(app);
            assertThat(response.statusCode()).as(app).isEqualTo(200);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            // two policies would both be enforced, and Shamy's strict one would stop Tasklist's scripts
            assertThat(policies).as(app).hasSize(1);
            assertThat(policies.get(0)).as(app).contains("'nonce-", "'strict-dynamic'", "object-src 'none'",
                    "frame-ancestors 'none'", "form-action 'self'");
            assertThat(response.headers().allValues("Referrer-Policy")).as(app).containsExactly("same-origin");
        }
    }

    @Test
    void apisAnswerWithAPolicyThatAllowsNothingAndNoReferrer() throws Exception {
        HttpResponse<String> response = new PageClient(port).get("/api/search?q=mektep");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxBeforeAndAfterSigningIn() throws Exception {
        PageClient client = new PageClient(port);
        List<String> before = client.get("/login").headers().allValues("Set-Cookie");
        List<String> after = client.signIn("teacher2", "demo").headers().allValues("Set-Cookie");

        for (List<String> cookies : List.of(before, after)) {
            assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement()
                    .satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        }
    }
}
