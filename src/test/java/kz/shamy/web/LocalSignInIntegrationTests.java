package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default's sign-in, over real HTTP: Basic on the APIs, a login form for pages, and the
 * engine's authorizations behind /engine-rest for the demo accounts.
 */
@ShamyIntegrationTest
class LocalSignInIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void engineRestWithoutCredentialsIsRefused() throws Exception {
        assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    }

    @Test
    void engineRestWithWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response = get("/engine-rest/task", "teacher2:not-the-password");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("\"id\"").contains("urn:shamy:problem:unauthenticated");
    }

    @Test
    void shamyApiWithoutCredentialsIsRefusedWithAProblemDetailAndTheBasicChallenge() throws Exception {
        HttpResponse<String> response = get("/api/search?q=mektep", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Shamy\"");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":401").contains("urn:shamy:problem:unauthenticated")
                .contains("HTTP Basic");
    }

    @Test
    void administratorSeesEveryAccountButTeacherOnlyTheirOwn() throws Exception {
        assertThat(get("/engine-rest/user/count", "admin:demo").body()).isEqualTo("{\"count\":12}");
        assertThat(get("/engine-rest/user/count", "teacher1:demo").body()).isEqualTo("{\"count\":1}");
    }

    @Test
    void teacherCannotDeployProcessDefinitions() throws Exception {
        String boundary = "shamy-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nrogue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"rogue.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
                .header("Authorization", basic("teacher1:demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("urn:shamy:problem:forbidden");
    }

    @Test
    void pagesSendStrangersToTheLoginForm() throws Exception {
        HttpResponse<String> response = get("/", null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void loginPageSpeaksKazakhRussianAndEnglish() throws Exception {
        assertThat(get("/login?lang=kk", null).body()).contains("Пайдаланушы аты");
        assertThat(get("/login?lang=ru", null).body()).contains("Имя пользователя");
        assertThat(get("/login?lang=en", null).body()).contains("Username");
    }

    @Test
    void camundasOwnLoginCannotBeUsedToTryPasswords() throws Exception {
        PageClient teacher = new PageClient(port);
        teacher.signIn("teacher1", "demo");
        assertThat(teacher.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        String xsrf = teacher.cookie("XSRF-TOKEN").orElseThrow();

        // Shamy's form is the only sign-in: Camunda's login would check any account's password, unthrottled
        for (String password : new String[] {"wrong", "demo"}) {
            HttpResponse<String> response = teacher.post("/camunda/api/admin/auth/user/default/login/tasklist",
                    "username=admin&password=" + password, "X-XSRF-TOKEN", xsrf, "Accept", "application/json");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(response.body()).contains("urn:shamy:problem:forbidden").doesNotContain("Exception");
        }
        assertThat(get("/engine-rest/user/count", "admin:demo").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}

