package kz.shamy.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the keycloak profile finds Keycloak (application-keycloak.yml, values from the environment).
 *
 * @param issuer the realm's issuer URL as browsers reach it; tokens must name exactly this
 * @param serverUrl the same realm as Shamy's server reaches it (token, keys, admin API); the issuer unless
 *        Keycloak sits on a private network under another host name, as in docker-compose.yml
 * @param jwkSetUri where the realm's signing keys are published
 * @param audience the client id tokens for Shamy's APIs must carry in {@code aud}
 * @param clockSkew how much older than {@code exp} a token may be, for clocks that drift
 * @param keys how long the realm's signing keys are trusted without asking Keycloak again
 * @param identity the service account the engine reads users and groups with
 * @param web the confidential client people sign in to pages and the webapps with
 */
@ConfigurationProperties("shamy.keycloak")
public record KeycloakProperties(String issuer, String serverUrl, String jwkSetUri, String audience, Duration clockSkew, Keys keys,
        Identity identity, Web web) {

    /**
     * The JWT decoder's cache of the realm's signing keys.
     *
     * @param cacheTimeToLive how long fetched keys are used before Keycloak is asked again (a token naming an
     *        unknown key asks at once)
     * @param outageTolerance when Keycloak cannot be reached, how long after they were fetched the last keys
     *        are still used, so tokens issued before an outage keep working through it
     */
    public record Keys(Duration cacheTimeToLive, Duration outageTolerance) {
    }

    /**
     * The identity plugin's client, and its caches of people and groups: at most {@code cacheSize} entries each,
     * kept for {@code cacheTimeToLive} (a change in Keycloak shows in the engine after at most this long).
     */
    public record Identity(String clientId, String clientSecret, int cacheSize, Duration cacheTimeToLive) {
    }

    /** The browser sign-in's client (authorization code with PKCE). */
    public record Web(String clientId, String clientSecret) {
    }

    public KeycloakProperties {
        if (serverUrl == null || serverUrl.isBlank()) {
            serverUrl = issuer;
        }
    }

    /** An OpenID Connect endpoint a browser is sent to ({@code auth}, {@code logout}). */
    public String browserEndpoint(String name) {
        return issuer + "/protocol/openid-connect/" + name;
    }

    /** An OpenID Connect endpoint Shamy's server calls itself ({@code token}). */
    public String serverEndpoint(String name) {
        return serverUrl + "/protocol/openid-connect/" + name;
    }

    /** Keycloak's admin REST API for the same realm, as Shamy's server reaches it. */
    public String adminUrl() {
        return serverUrl.replace("/realms/", "/admin/realms/");
    }
}
