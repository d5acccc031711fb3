package kz.shamy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application with no demo data: tests that build their own programme, schools, people and circles from
 * nothing. All classes carrying this annotation share one application context (one engine, one H2 database other
 * than {@link ShamyIntegrationTest}'s), so the same rules hold: names of one's own, no global counts, reset the
 * {@link MovableClock} after moving it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shamy-empty-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "shamy.demo-data=false",
        "camunda.bpm.job-execution.enabled=false",
        // the public address links in mails, calendars and certificates start with, as tests assert them
        "shamy.mail.base-url=https://shamy.example.kz",
        "shamy.public-base-url=https://shamy.example.kz/"})
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
public @interface EmptyShamyIntegrationTest {
}
