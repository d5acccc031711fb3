package kz.shamy.identity;

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

/**
 * A person signed in to Shamy's webapps the way a browser does it, without a browser: Shamy's
 * {@code /oauth2/authorization/keycloak}, Keycloak's login form, back to Shamy with the code; then Tasklist's
 * page once for Camunda's CSRF token. Requests carry the session cookie and the token, as Tasklist's do.
 */
final class TasklistSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final String HAL = "application/hal+json";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    private TasklistSession(int port) {
        this.base = "http://localhost:" + port;
    }

    static TasklistSession signIn(KeycloakServer keycloak, int port, String username, String password) {
        TasklistSession session = new TasklistSession(port);
        new KeycloakAdmin(keycloak).allowWebSignInAt(session.base);
        HttpResponse<String> toKeycloak = session.send(HttpRequest.newBuilder(URI.create(session.base
                + "/oauth2/authorization/keycloak")).GET(), 302);
        Map<String, String> keycloakCookies = new LinkedHashMap<>();
        String authorize = toKeycloak.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> loginPage = KeycloakTokens.send(session.http,
                HttpRequest.newBuilder(URI.create(authorize)).GET().build());
        remember(loginPage, keycloakCookies);
        Matcher form = LOGIN_FORM.matcher(loginPage.body());
        Matcher action = ACTION.matcher(form.find() ? form.group() : "");
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form: " + loginPage.statusCode());
        }
        HttpResponse<String> back = KeycloakTokens.send(session.http, HttpRequest.newBuilder(
                        URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", header(keycloakCookies))
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", "")))).build());
        String callback = back.headers().firstValue("Location")
                .filter(location -> location.startsWith(session.base))
                .orElseThrow(() -> new IllegalStateException(username + " did not get back to Shamy: " + back.statusCode()));
        session.send(HttpRequest.newBuilder(URI.create(callback)).GET(), 302);
        HttpResponse<String> tasklist = session.send(HttpRequest.newBuilder(URI.create(session.base
                + "/camunda/app/tasklist/default/")).GET(), 200);
        session.csrf = tasklist.headers().firstValue("X-XSRF-TOKEN").orElse(session.cookies.get("XSRF-TOKEN"));
        return session;
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET(), 200)
                .body();
    }

    String getHal(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", HAL).GET(), 200).body();
    }

    String postHal(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", HAL)
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)), 200).body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", header(cookies));
        }
        HttpResponse<String> response = KeycloakTokens.send(http, request.build());
        remember(response, cookies);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response;
    }

    private static void remember(HttpResponse<?> response, Map<String, String> jar) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String[] pair = cookie.split(";", 2)[0].split("=", 2);
            jar.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
    }

    private static String header(Map<String, String> jar) {
        return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
