package kz.shamy.identity.internal;

import kz.shamy.identity.GroupAuthorities;
import kz.shamy.identity.KeycloakSessionEnd;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Keycloak mode: people sign in to pages and the webapps through Keycloak's login page (OpenID Connect,
 * authorization code with PKCE, confidential client {@code shamy-web}). The endpoints are the realm's
 * well-known ones, written out rather than discovered, so Shamy starts while Keycloak is down.
 *
 * <p>Who signed in is the ID token's {@code preferred_username}; what they may do comes from their access
 * token, decoded and checked by the same {@link JwtDecoder} and mapped by the same {@link GroupAuthorities}
 * as a Bearer token on the APIs, so a browser session and a token of the same person carry the same
 * authorities.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakSignInConfiguration {

    /** Spring's id of the Keycloak registration: {@code /oauth2/authorization/keycloak}, {@code /login/oauth2/code/keycloak}. */
    static final String REGISTRATION_ID = "keycloak";

    @Bean
    ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
        ClientRegistration web = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(keycloak.web().clientId())
                .clientSecret(keycloak.web().clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                // PKCE although the client is confidential: the realm requires S256 for shamy-web
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuer())
                .authorizationUri(keycloak.browserEndpoint("auth"))
                .tokenUri(keycloak.serverEndpoint("token"))
                .jwkSetUri(keycloak.jwkSetUri())
                // no userinfo URI: the ID token names the person, the access token carries their groups
                .userNameAttributeName(KeycloakIdentityConfiguration.USERNAME_CLAIM)
                // for RP-initiated logout (OidcClientInitiatedLogoutSuccessHandler)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.browserEndpoint("logout")))
                .build();
        return new InMemoryClientRegistrationRepository(web);
    }

    /**
     * The signed-in person's tokens from Keycloak live in their HTTP session and end with it (Spring's default
     * would keep them in memory by username, beyond the session).
     */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Ends the person's Keycloak session from the server, for the webapps' own "Log out". */
    @Bean
    KeycloakSessionEnd keycloakSessionEnd(OAuth2AuthorizedClientRepository authorizedClients,
            ClientRegistrationRepository registrations, KeycloakProperties keycloak) {
        return new KeycloakSessionEnd(authorizedClients, registrations.findByRegistrationId(REGISTRATION_ID),
                URI.create(keycloak.serverEndpoint("logout")));
    }

    /** Sends a browser to Keycloak only when Keycloak answers; otherwise sign-in fails with {@link KeycloakUnreachable}. */
    @Bean
    OAuth2AuthorizationRequestResolver signInRequests(ClientRegistrationRepository registrations,
            KeycloakProperties keycloak) {
        return new ReachableKeycloakSignIn(new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI), keycloak.serverUrl());
    }

    /** The signed-in person: named by {@code preferred_username}, with the authorities of their access token. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> keycloakUsers(JwtDecoder jwtDecoder) {
        OidcUserService idTokenUsers = new OidcUserService();
        return request -> {
            OidcUser user = idTokenUsers.loadUser(request);
            Jwt accessToken;
            try {
                accessToken = jwtDecoder.decode(request.getAccessToken().getTokenValue());
            } catch (JwtException e) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                        "Keycloak's access token was refused: " + e.getMessage(), null), e);
            }
            if (!Objects.equals(accessToken.getSubject(), user.getSubject())) {
                throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                        "the access token names someone else than the ID token", null));
            }
            return new DefaultOidcUser(GroupAuthorities.ofJwt(accessToken), user.getIdToken(), user.getUserInfo(),
                    KeycloakIdentityConfiguration.USERNAME_CLAIM);
        };
    }
}
