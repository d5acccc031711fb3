package kz.shamy.identity;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gets tokens from the test Keycloak the way real clients do: people sign in to {@code shamy-web} through
 * Keycloak's own login form (authorization code with PKCE, no password grant), services use their client
 * credentials. The redirect back to Shamy is read, never followed.
 */
public final class KeycloakTokens {

    public static final String WEB_CLIENT = "shamy-web";
    /** DEMO ONLY secrets, as in keycloak-realm/shamy-realm.json. */
    public static final String WEB_SECRET = "demo-only-shamy-web-secret";
    public static final String IDENTITY_CLIENT = "shamy-identity";
    public static final String IDENTITY_SECRET = "demo-only-shamy-identity-secret";
    public static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/keycloak";
    /** Desktop Modeler's client: public, the OAuth 2.0 device authorization grant only. */
    public static final String MODELER_CLIENT = "shamy-modeler";
    public static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    /** Keycloak's "grant access?" page (login-oauth-grant.ftl): a form with a hidden code and an accept button. */
    private static final Pattern GRANT_FORM = Pattern.compile(
            "<form[^>]*action=\"([^\"]+)\"[^>]*>((?:(?!</form>).)*name=\"accept\"(?:(?!</form>).)*)</form>",
            Pattern.DOTALL);
    private static final Pattern GRANT_CODE = Pattern.compile("name=\"code\"\\s+value=\"([^\"]+)\"");
    private static final ObjectMapper json = new ObjectMapper();

    private final KeycloakServer keycloak;

    public KeycloakTokens(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /** An access token for a person of the shamy realm, through the login page. */
    public String signIn(String username, String password) {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = randomToken();
        HttpResponse<String> loginPage = send(browser, HttpRequest.newBuilder(URI.create(authorizationUri(
                Map.of("code_challenge", challenge(verifier), "code_challenge_method", "S256")))).build());
        if (loginPage.statusCode() != 200) {
            throw new IllegalStateException("no login page: " + loginPage.statusCode() + " " + loginPage.body());
        }
        HttpRequest login = HttpRequest.newBuilder(post(loginAction(loginPage.body()),
                Map.of("username", username, "password", password, "credentialId", "")), (name, value) -> true)
                .header("Cookie", cookies(loginPage)).build();
        HttpResponse<String> afterLogin = send(browser, login);
        String location = afterLogin.headers().firstValue("Location").orElse("");
        if (afterLogin.statusCode() != 302 || !location.startsWith(REDIRECT_URI + "?")) {
            throw new IllegalStateException("sign-in of " + username + " did not return to Shamy: "
                    + afterLogin.statusCode() + " " + location);
        }
        String code = query(URI.create(location)).get("code");
        return accessToken(tokenResponse(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", REDIRECT_URI, "client_id", WEB_CLIENT, "client_secret", WEB_SECRET,
                "code_verifier", verifier), KeycloakServer.REALM));
    }

    /** What the device authorization endpoint answers: the codes and where the person signs in. */
    public record DeviceAuthorization(String deviceCode, String userCode, String verificationUri,
            String verificationUriComplete, int interval) {
    }

    /** Step 1 of the device grant, as {@code curl -d client_id=… …/auth/device} in docs/MODELER.md. */
    public DeviceAuthorization deviceAuthorization(String clientId) {
        HttpResponse<String> response = send(HttpClient.newHttpClient(),
                post(keycloak.issuer() + "/protocol/openid-connect/auth/device", Map.of("client_id", clientId)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("device authorization refused: " + response.statusCode() + " "
                    + response.body());
        }
        try {
            JsonNode answer = json.readTree(response.body());
            return new DeviceAuthorization(answer.get("device_code").asText(), answer.get("user_code").asText(),
                    answer.get("verification_uri").asText(), answer.get("verification_uri_complete").asText(),
                    answer.path("interval").asInt(5));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Step 2, in the browser: opens the verification link, signs in on Keycloak's login form, says "Yes" on the
     * page that asks whether the device may have access (Keycloak always asks in the device grant) and follows
     * Keycloak's redirects (never leaving Keycloak); the last page Keycloak shows.
     */
    public HttpResponse<String> signInOnDevicePage(String verificationUriComplete, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, String> jar = new LinkedHashMap<>();
        HttpResponse<String> loginPage = follow(browser, HttpRequest.newBuilder(URI.create(verificationUriComplete)),
                jar);
        if (loginPage.statusCode() != 200) {
            throw new IllegalStateException("no login page: " + loginPage.statusCode() + " " + loginPage.body());
        }
        HttpResponse<String> afterLogin = follow(browser, HttpRequest.newBuilder(URI.create(loginAction(
                loginPage.body()))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", "")))), jar);
        Matcher grant = GRANT_FORM.matcher(afterLogin.body());
        if (!grant.find()) {
            return afterLogin;
        }
        Matcher code = GRANT_CODE.matcher(grant.group(2));
        if (!code.find()) {
            throw new IllegalStateException("access question without its code: " + grant.group());
        }
        // the form's action is relative to the page
        URI action = afterLogin.uri().resolve(grant.group(1).replace("&amp;", "&"));
        return follow(browser, HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("code", code.group(1), "accept", "Yes")))),
                jar);
    }

    /** Step 3: one poll of the token endpoint with the device code. */
    public HttpResponse<String> deviceToken(String clientId, String deviceCode) {
        return tokenResponse(Map.of("grant_type", DEVICE_GRANT, "client_id", clientId, "device_code", deviceCode),
                KeycloakServer.REALM);
    }

    /**
     * Polls the token endpoint no faster than Keycloak asked (as a client must), until it answers something other
     * than "slow down" and, when {@code untilDecided}, other than "authorization pending".
     */
    public HttpResponse<String> pollDeviceToken(DeviceAuthorization device, boolean untilDecided) {
        Duration interval = Duration.ofSeconds(device.interval()).plusMillis(200);
        return await().atMost(Duration.ofSeconds(60)).pollDelay(interval).pollInterval(interval)
                .until(() -> deviceToken(MODELER_CLIENT, device.deviceCode()),
                        answer -> !answer.body().contains("slow_down")
                                && !(untilDecided && answer.body().contains("authorization_pending")));
    }

    /** An access token of Desktop Modeler's client, through the whole device grant as docs/MODELER.md tells it. */
    public String deviceSignIn(String username, String password) {
        DeviceAuthorization device = deviceAuthorization(MODELER_CLIENT);
        signInOnDevicePage(device.verificationUriComplete(), username, password);
        return accessToken(pollDeviceToken(device, true));
    }

    /** Sends with the jar's cookies and follows Keycloak's redirects, keeping the cookies it sets. */
    private HttpResponse<String> follow(HttpClient browser, HttpRequest.Builder request, Map<String, String> jar) {
        HttpResponse<String> response = null;
        for (int hop = 0; hop < 10; hop++) {
            if (!jar.isEmpty()) {
                request.header("Cookie", jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            response = send(browser, request.build());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String[] pair = cookie.split(";", 2)[0].split("=", 2);
                jar.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return response;
            }
            URI next = response.uri().resolve(location);
            if (!next.toString().startsWith(keycloak.baseUrl())) {
                throw new IllegalStateException("Keycloak sent the browser away, to " + next);
            }
            request = HttpRequest.newBuilder(next);
        }
        throw new IllegalStateException("more than 10 redirects, the last: " + response.uri());
    }

    /** The authorization endpoint for shamy-web with {@code extra} parameters (PKCE or not). */
    public String authorizationUri(Map<String, String> extra) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("client_id", WEB_CLIENT,
                "response_type", "code", "scope", "openid", "redirect_uri", REDIRECT_URI, "state", randomToken()));
        parameters.putAll(extra);
        return keycloak.issuer() + "/protocol/openid-connect/auth?" + form(parameters);
    }

    public String clientCredentials(String clientId, String secret) {
        return accessToken(tokenResponse(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret), KeycloakServer.REALM));
    }

    /** The test server's master-realm administrator (not part of Shamy's realm). */
    public String masterAdmin() {
        return accessToken(tokenResponse(Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", KeycloakServer.TEST_ADMIN, "password", KeycloakServer.TEST_ADMIN_PASSWORD), "master"));
    }

    /** The raw token endpoint answer, for tests of refusals. */
    public HttpResponse<String> tokenResponse(Map<String, String> parameters, String realm) {
        return send(HttpClient.newHttpClient(), post(keycloak.tokenEndpoint(realm), parameters));
    }

    /** The claims of a token, unverified (the tests check what Keycloak put in). */
    public static Map<String, Object> claims(String token) {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return json.readValue(payload, new TypeReference<>() { });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String accessToken(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token refused: " + response.statusCode() + " " + response.body());
        }
        try {
            return json.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The session cookies Keycloak set, sent back as a browser would. Java's CookieManager keeps
     * {@code Secure} cookies off plain http, which browsers allow on localhost, so the jar is this line.
     */
    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    private static String loginAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("no login form in Keycloak's page");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("login form without action: " + form.group());
        }
        return action.group(1).replace("&amp;", "&");
    }

    private static HttpRequest post(String uri, Map<String, String> parameters) {
        return HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build();
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
