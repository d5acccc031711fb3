package kz.shamy.workflow.engine;

import kz.shamy.EmbeddedPostgresLifecycle;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link GrantChecksDifferential} on PostgreSQL, where production runs: its own database, so a context of its own (the
 * column names come back in lower case there, and the bit test is PostgreSQL's {@code &}).
 */
@ExtendWith(EmbeddedPostgresLifecycle.class)
@SpringBootTest(properties = {"shamy.demo-data=false", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GrantChecksPostgresIntegrationTests extends GrantChecksDifferential {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresLifecycle.register(registry);
    }
}
