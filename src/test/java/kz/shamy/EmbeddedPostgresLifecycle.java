package kz.shamy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for one test class: started before Spring's context (register it with
 * {@code @ExtendWith} ahead of the Spring extension and point the datasource at it with
 * {@link #register}), stopped after the class — so pair it with {@code @DirtiesContext(AFTER_CLASS)}
 * for the context to let go of it first.
 */
public final class EmbeddedPostgresLifecycle implements BeforeAllCallback, AfterAllCallback {

    private static EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** The datasource Shamy uses, for {@code @DynamicPropertySource}. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** The database itself, for assertions that read it directly. */
    public static DataSource database() {
        return postgres.getPostgresDatabase();
    }
}
