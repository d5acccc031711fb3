package kz.shamy.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test of Shamy in the {@code keycloak} profile against the test JVM's real Keycloak
 * ({@link KeycloakServer#shared()}, started on first use): its issuer is the one Shamy trusts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("keycloak")
@ContextConfiguration(initializers = WithSharedKeycloak.Issuer.class)
public @interface WithSharedKeycloak {

    /** Points {@code shamy.keycloak.issuer} at the shared test Keycloak's realm. */
    class Issuer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("shamy.keycloak.issuer=" + KeycloakServer.shared().issuer())
                    .applyTo(context.getEnvironment());
        }
    }
}
