package kz.shamy.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the keycloak profile finds Keycloak (application-keycloak.yml, values from the environment).
 *
 * @param issuer the realm's issuer URL; tokens must name exactly this
 * @param jwkSetUri where the realm's signing keys are published
 * @param audience the client id tokens for Shamy's APIs must carry in {@code aud}
 * @param clockSkew how much older than {@code exp} a token may be, for clocks that drift
 * @param identity the service account the engine reads users and groups with
 * @param web the confidential client people sign in to pages and the webapps with
 */
@ConfigurationProperties("shamy.keycloak")
record KeycloakProperties(String issuer, String jwkSetUri, String audience, Duration clockSkew, Identity identity,
        Web web) {

    /**
     * The identity plugin's client, and its caches of people and groups: at most {@code cacheSize} entries each,
     * kept for {@code cacheTimeToLive} (a change in Keycloak shows in the engine after at most this long).
     */
    record Identity(String clientId, String clientSecret, int cacheSize, Duration cacheTimeToLive) {
    }

    /** The browser sign-in's client (authorization code with PKCE). */
    record Web(String clientId, String clientSecret) {
    }

    /** One of the realm's OpenID Connect endpoints ({@code auth}, {@code token}, {@code logout}, …). */
    String endpoint(String name) {
        return issuer + "/protocol/openid-connect/" + name;
    }

    /** Keycloak's admin REST API for the same realm. */
    String adminUrl() {
        return issuer.replace("/realms/", "/admin/realms/");
    }
}
