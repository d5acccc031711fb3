package kz.shamy.notify.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Mail's settings, and the scheduled jobs that send mail and deadline reminders. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(MailProperties.class)
class NotifyConfiguration {
}
