package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a page or a notification shows exists in Kazakh, Russian and English: each bundle's Kazakh and
 * Russian files hold exactly the keys of its base (English) file, none of them empty where the English one has a text. A key added in one language
 * only would show the English text to a Kazakh or Russian reader without anyone noticing.
 */
class MessageBundlesTests {

    static Stream<String> bundles() throws IOException {
        Resource[] bases = new PathMatchingResourcePatternResolver().getResources("classpath*:/**/*.properties");
        return Arrays.stream(bases).map(Resource::getFilename)
                .filter(name -> name != null && !name.matches(".*_[a-z]{2}\\.properties")).distinct()
                .map(name -> name.substring(0, name.length() - ".properties".length()))
                .flatMap(base -> Stream.of("", "i18n/").map(folder -> folder + base))
                .filter(base -> resource(base + "_kk") != null);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void kazakhAndRussianHoldEveryKeyOfTheBase(String bundle) {
        Properties english = load(bundle);
        Set<String> base = english.stringPropertyNames();
        for (String language : new String[] {"kk", "ru"}) {
            Properties translated = load(bundle + "_" + language);
            assertThat(translated.stringPropertyNames()).as("%s_%s", bundle, language)
                    .containsExactlyInAnyOrderElementsOf(base);
            assertThat(base).as("%s_%s: empty texts", bundle, language).filteredOn(key -> !english.getProperty(key)
                    .isBlank()).allSatisfy(key -> assertThat(translated.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static InputStream resource(String name) {
        return MessageBundlesTests.class.getResourceAsStream("/" + name + ".properties");
    }

    private static Properties load(String name) {
        try (InputStream in = resource(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
