package kz.shamy.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The workshop's notification texts exist in English, Russian and Kazakh. */
class WorkshopMessagesTests {

    private static final List<String> KEYS = List.of("notify.workshop.invited", "notify.workshop.reminder",
            "notify.workshop.noAnswer", "notify.workshop.eligible");

    @ParameterizedTest
    @ValueSource(strings = {"_ru", "_kk"})
    void everyNotificationIsTranslated(String suffix) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle(suffix);
        for (String key : KEYS) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(translated.getProperty(key)).as(key + suffix).isNotBlank()
                    .isNotEqualTo(english.getProperty(key));
        }
        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WorkshopMessagesTests.class.getResourceAsStream("/i18n/programme" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
