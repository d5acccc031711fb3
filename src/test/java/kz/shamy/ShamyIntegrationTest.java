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
 * The whole application as the demo users see it (demo people, the two running circles, the archive of reports),
 * on a random port and through MockMvc, with a {@link MovableClock}. Every class carrying exactly this annotation
 * shares one application context, so one engine and one H2 database: Spring's test context cache keys on the
 * configuration, and this annotation is the whole configuration.
 * <p>
 * Because the database is shared, a test creates the programme, school, people and circle it works on under names
 * of its own (or uses demo data it does not change), never counts rows across the whole database, and a test that
 * moves the clock resets it afterwards. Add nothing to a class that would change its configuration
 * ({@code @TestPropertySource}, {@code @MockitoBean}, {@code @Import}, {@code @DirtiesContext}) unless it truly
 * needs a context of its own, and then say why there. Such a class still gets a database of its own: the name
 * ends in a random UUID, resolved once per application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shamy-demo-${random.uuid};DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "shamy.demo-data=true",
        "shamy.demo-circles=true",
        "shamy.demo-reports=true",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
@Import(MovableClock.Configuration.class)
public @interface ShamyIntegrationTest {
}
