package kz.shamy.identity.internal;

import kz.shamy.identity.GroupAuthorities;
import kz.shamy.identity.KeycloakDirectory;
import kz.shamy.identity.Person;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Keycloak mode: who a token says the caller is, and the engine's users and groups from Keycloak.
 * Nothing here contacts Keycloak at start-up; keys are fetched on the first token and cached.
 *
 * <p>The decoder's key source is built here rather than by {@code NimbusJwtDecoder.withJwkSetUri}, whose
 * cache (Spring Security 6.5, Nimbus 9.37: five minutes) forgets the keys when it expires and then refuses
 * every token while Keycloak is down, however recently Keycloak issued it. This one keeps the last keys it
 * fetched for {@code shamy.keycloak.keys.outage-tolerance} when Keycloak cannot be reached.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakIdentityConfiguration {

    /** The claim holding the Keycloak username, which is the Camunda user id and Person's username. */
    static final String USERNAME_CLAIM = "preferred_username";

    @Bean
    KeycloakDirectory keycloakDirectory(KeycloakProperties keycloak, MeterRegistry meters) {
        return new KeycloakDirectory(keycloak, meters);
    }

    /** Readiness: whether Shamy's server reaches the realm (component {@code keycloak}). */
    @Bean
    HealthIndicator keycloakHealthIndicator(KeycloakProperties keycloak) {
        return new KeycloakHealth(keycloak.serverUrl());
    }

    /** RS256 signature by the realm's keys, issuer, audience, expiry (required) and not-before. */
    @Bean
    JwtDecoder jwtDecoder(KeycloakProperties keycloak) throws MalformedURLException {
        KeycloakProperties.Keys keys = keycloak.keys();
        JWKSource<SecurityContext> realmKeys = JWKSourceBuilder.create(URI.create(keycloak.jwkSetUri()).toURL())
                .cache(keys.cacheTimeToLive().toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                .outageTolerant(keys.outageTolerance().toMillis())
                // as Spring's own builder: keys are fetched when a token needs them (not ahead of expiry), and a
                // token naming an unknown key asks Keycloak at once, not once in 30 s
                .refreshAheadCache(false)
                .rateLimited(false)
                .build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, realmKeys));
        // the claims are checked by the validators below, in Spring's terms
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(keycloak.clockSkew()),
                new JwtIssuerValidator(keycloak.issuer()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(keycloak.audience())),
                new JwtClaimValidator<String>(USERNAME_CLAIM, username -> username != null && !username.isBlank())));
        return decoder;
    }

    /** The caller is the token's username, with the authorities of its groups and realm roles. */
    @Bean
    Converter<Jwt, AbstractAuthenticationToken> jwtAuthentication() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(USERNAME_CLAIM);
        converter.setJwtGrantedAuthoritiesConverter(GroupAuthorities::ofJwt);
        return converter;
    }
}
