package kz.shamy.identity.internal;

import kz.shamy.identity.RecentSignIns;
import kz.shamy.identity.SignInThrottle;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Local mode's passwords (the embedded default): how fast wrong ones may be tried. Keycloak guards its own. */
@Configuration(proxyBeanMethods = false)
@Profile("!keycloak")
@EnableConfigurationProperties(SignInThrottle.Limits.class)
class LocalSignInConfiguration {

    @Bean
    SignInThrottle signInThrottle(SignInThrottle.Limits limits, Clock clock) {
        return new SignInThrottle(limits, clock);
    }

    /** HTTP Basic signs in on every request; the same password again within seconds is not read again. */
    @Bean
    RecentSignIns recentSignIns() {
        return new RecentSignIns(RecentSignIns.DEFAULT_REMEMBER_FOR, 10_000);
    }
}
