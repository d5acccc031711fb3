package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Wrong passwords slow down whoever sends them, never the account's owner elsewhere: failures are counted per
 * username and client address; after five from one address, that address waits (429 with Retry-After on the
 * APIs, a page saying so on the form) while the right password from another address works at once. Each test
 * uses its own accounts and addresses, as the counts live as long as the application. (The same context as
 * HomePageIntegrationTests.)
 */
@ShamyIntegrationTest
class SignInThrottleIntegrationTests {

    private static final String API = "/api/search?q=mektep";

    @Autowired
    MockMvc mvc;

    @Test
    void wrongPasswordsFromOneAddressDoNotKeepTheOwnerOutFromAnother() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(basic("admin", "guess-" + i, "203.0.113.10").getStatus()).isEqualTo(401);
        }

        assertThat(basic("admin", "demo", "198.51.100.20").getStatus()).isEqualTo(200);
    }

    @Test
    void aFloodOfWrongPasswordsFromOneAddressWaitsWith429AndRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("teacher1", "guess-" + i, "203.0.113.11").getStatus()).isEqualTo(401);
        }

        // not even the right password is checked from there now, so guessing learns nothing
        for (String password : new String[] {"guess-5", "demo"}) {
            MockHttpServletResponse paused = basic("teacher1", password, "203.0.113.11");
            assertThat(paused.getStatus()).isEqualTo(429);
            assertThat(Long.parseLong(paused.getHeader("Retry-After"))).isBetween(1L, 30L);
            assertThat(paused.getContentType()).isEqualTo("application/problem+json");
            assertThat(paused.getContentAsString()).contains("\"status\":429", "urn:shamy:problem:sign-in-paused")
                    .doesNotContain("Exception", "org.camunda", "kz.shamy");
        }
        assertThat(basic("teacher1", "demo", "198.51.100.21").getStatus()).isEqualTo(200);
        // another account from the flooding address is counted apart
        assertThat(basic("teacher2", "demo", "203.0.113.11").getStatus()).isEqualTo(200);
    }

    @Test
    void theLoginFormPausesTheFloodingAddressOnlyAndSaysSo() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(form("facilitator2", "guess-" + i, "203.0.113.12").getRedirectedUrl()).isEqualTo("/login?error");
        }

        assertThat(form("facilitator2", "demo", "203.0.113.12").getRedirectedUrl()).isEqualTo("/login?paused");
        assertThat(form("facilitator2", "demo", "198.51.100.22").getRedirectedUrl()).isEqualTo("/");
        assertThat(mvc.perform(get("/login").param("paused", "").param("lang", "en")).andReturn().getResponse()
                .getContentAsString()).contains("Too many wrong passwords");
    }

    @Test
    void theRightPasswordClearsTheCountForItsAddress() throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(basic("assessor1", "guess-" + i, "203.0.113.13").getStatus()).isEqualTo(401);
            }
            assertThat(basic("assessor1", "demo", "203.0.113.13").getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse basic(String username, String password, String address) throws Exception {
        return mvc.perform(get(API).with(httpBasic(username, password)).with(from(address))).andReturn().getResponse();
    }

    private MockHttpServletResponse form(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address))).andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
