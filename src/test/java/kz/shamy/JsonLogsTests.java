package kz.shamy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The json-logs profile: its setting, read as Spring Boot reads application-json-logs.yml, makes Spring Boot's
 * console encoder write each event as one line of JSON that a log shipper can parse. Built on a logger context of
 * its own, so the JVM's logging (other tests') is left as it is.
 */
class JsonLogsTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theJsonLogsProfileWritesEachEventAsOneLineOfJson() throws Exception {
        String line = encodeWith(profileEnvironment(Map.of()), "Outbox entry 7 set aside");

        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode event = json.readTree(line);
        assertThat(event.path("message").asText()).isEqualTo("Outbox entry 7 set aside");
        assertThat(event.at("/log/level").asText()).as(line).isEqualTo("WARN");
        assertThat(event.at("/log/logger").asText()).isEqualTo("kz.shamy.search.internal.ReportIndexer");
        assertThat(event.at("/service/name").asText()).isEqualTo("shamy");
        assertThat(event.at("/ecs/version").asText()).isNotEmpty();
    }

    @Test
    void shamyLogFormatChoosesAnotherShape() throws Exception {
        String line = encodeWith(profileEnvironment(Map.of("SHAMY_LOG_FORMAT", "logstash")), "Outbox entry 7 set aside");

        JsonNode event = json.readTree(line);
        assertThat(event.path("message").asText()).isEqualTo("Outbox entry 7 set aside");
        assertThat(event.path("@timestamp").asText()).isNotEmpty();
        assertThat(event.path("level").asText()).isEqualTo("WARN");
        assertThat(event.has("ecs")).isFalse();
    }

    private static StandardEnvironment profileEnvironment(Map<String, Object> variables) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new YamlPropertySourceLoader().load("json-logs", new ClassPathResource("application-json-logs.yml"))
                .forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addLast(new MapPropertySource("application",
                Map.of("spring.application.name", "shamy")));
        return environment;
    }

    private static String encodeWith(StandardEnvironment environment, String message) {
        String format = environment.getProperty("logging.structured.format.console");
        assertThat(format).as("application-json-logs.yml sets the console's format").isNotBlank();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("kz.shamy.search.internal.ReportIndexer"),
                Level.WARN, message, null, null);
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }
}
