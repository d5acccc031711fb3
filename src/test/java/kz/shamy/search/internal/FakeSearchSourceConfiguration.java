package kz.shamy.search.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Stands in for the reports feature's outbox and documents, which these tests do not create. */
@TestConfiguration
class FakeSearchSourceConfiguration {

    /** A test that restarts the application registers its own instance first, so both runs share one database. */
    @Bean
    @Primary
    @ConditionalOnMissingBean(FakeSearchSource.class)
    FakeSearchSource fakeSearchSource() {
        return new FakeSearchSource();
    }
}
