package kz.shamy.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The test Keycloak's admin REST API, as the harness's master-realm administrator: changes to the running
 * test realm only, never to the realm file.
 */
public final class KeycloakAdmin {

    private static final String POST_LOGOUT_REDIRECTS = "post.logout.redirect.uris";

    private final KeycloakServer keycloak;
    private final KeycloakTokens tokens;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public KeycloakAdmin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
        this.tokens = new KeycloakTokens(keycloak);
    }

    /**
     * Lets {@code shamy-web} sign people in to a Shamy at {@code shamyBaseUrl} (a random test port) and send
     * them back there after logout: that base URL's exact redirect and post-logout URIs, no wildcard.
     */
    public void allowWebSignInAt(String shamyBaseUrl) {
        String admin = tokens.masterAdmin();
        JsonNode found = json(send(request("/clients?clientId=" + KeycloakTokens.WEB_CLIENT, admin).GET(), 200));
        ObjectNode client = (ObjectNode) found.get(0);
        ArrayNode redirects = client.withArrayProperty("redirectUris");
        String redirect = shamyBaseUrl + "/login/oauth2/code/keycloak";
        if (!texts(redirects).contains(redirect)) {
            redirects.add(redirect);
        }
        ObjectNode attributes = client.withObjectProperty("attributes");
        Set<String> postLogout = new LinkedHashSet<>();
        if (attributes.hasNonNull(POST_LOGOUT_REDIRECTS)) {
            postLogout.addAll(Set.of(attributes.get(POST_LOGOUT_REDIRECTS).asText().split("##")));
        }
        postLogout.add(shamyBaseUrl + "/");
        attributes.put(POST_LOGOUT_REDIRECTS, String.join("##", postLogout));
        send(request("/clients/" + client.get("id").asText(), admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(client.toString())), 204);
    }

    /**
     * Adds groups and users to the realm in one request ({@code POST /partialImport}, existing ones skipped):
     * far faster than one request per user. {@code representation} is a partial realm: {@code groups},
     * {@code users}.
     */
    public void partialImport(String representation) {
        send(request("/partialImport", tokens.masterAdmin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(representation)), 200);
    }

    /** Deletes a person of the test realm. */
    public void deleteUser(String username) {
        String admin = tokens.masterAdmin();
        send(request("/users/" + idOf(username, admin), admin).DELETE(), 204);
    }

    /** How many Keycloak sessions {@code username} holds now. */
    public int sessionsOf(String username) {
        String admin = tokens.masterAdmin();
        return json(send(request("/users/" + idOf(username, admin) + "/sessions", admin).GET(), 200)).size();
    }

    private String idOf(String username, String admin) {
        JsonNode users = json(send(request("/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8), admin).GET(), 200));
        return users.get(0).get("id").asText();
    }

    private HttpRequest.Builder request(String path, String admin) {
        return HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + path))
                .header("Authorization", "Bearer " + admin);
    }

    private String send(HttpRequest.Builder request, int expected) {
        HttpResponse<String> response = KeycloakTokens.send(http, request.build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak admin API answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private JsonNode json(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> texts(ArrayNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
