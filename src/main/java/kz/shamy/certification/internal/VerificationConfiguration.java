package kz.shamy.certification.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public verification page's throttle, from {@code shamy.verification.throttle} (application.yml). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerificationThrottle.Limits.class)
class VerificationConfiguration {

    @Bean
    VerificationThrottle verificationThrottle(VerificationThrottle.Limits limits, Clock clock) {
        return new VerificationThrottle(limits, clock);
    }
}
