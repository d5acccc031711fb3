package kz.shamy.identity;

import com.fasterxml.jackson.core.type.TypeReference;
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

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
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
