package kz.shamy.identity;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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

    /** RS256 signature by the realm's keys, issuer, audience, expiry (required) and not-before. */
    @Bean
    JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(keycloak.jwkSetUri()).build();
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
