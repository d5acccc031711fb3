package kz.shamy.notify;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Mail's settings, and the scheduled jobs that send mail and deadline reminders. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(MailProperties.class)
class NotifyConfiguration {

    /** The clock mail reads; a test may replace it to move time. */
    @Bean
    Clock mailClock() {
        return Clock.systemUTC();
    }
}
