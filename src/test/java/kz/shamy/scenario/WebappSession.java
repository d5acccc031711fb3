package kz.shamy.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.shamy.scenario.ShamyHttp.Answer;

/**
 * A person signed in to the Camunda webapps of the embedded default the way a browser does: Shamy's login
 * form (with Spring's CSRF token), then Tasklist's page once for Camunda's CSRF token. Requests to the
 * webapps' API carry the session cookie and that token, as Tasklist's own do.
 */
public final class WebappSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String camundaCsrf;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static WebappSession signIn(int port, String username, String password) {
        WebappSession session = new WebappSession(port);
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login")).GET());
        Matcher csrf = CSRF_FIELD.matcher(login.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF field on the login page: " + login.body());
        }
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", csrf.group(1))))));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + signedIn.statusCode());
        }
        HttpResponse<String> tasklist = session.send(HttpRequest.newBuilder(URI.create(session.base
                + "/camunda/app/tasklist/default/")).GET());
        session.camundaCsrf = tasklist.headers().firstValue("X-XSRF-TOKEN").orElse(session.cookies.get("XSRF-TOKEN"));
        if (session.camundaCsrf == null) {
            throw new IllegalStateException("Tasklist gave no CSRF token: " + tasklist.statusCode());
        }
        return session;
    }

    public Answer get(String path) {
        return answer(send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET()));
    }

    public Answer post(String path, Object body) {
        try {
            return answer(send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", camundaCsrf)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any request to the webapps' API, as Tasklist sends it (session cookie, CSRF token), answered as it came. */
    public HttpResponse<String> exchange(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("X-XSRF-TOKEN", camundaCsrf)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private synchronized HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String[] pair = cookie.split(";", 2)[0].split("=", 2);
                cookies.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        JsonNode body;
        try {
            body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            body = JSON.getNodeFactory().textNode(response.body());
        }
        return new Answer(response.statusCode(), body, response.body());
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
