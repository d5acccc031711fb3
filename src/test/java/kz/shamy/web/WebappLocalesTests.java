package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every string Camunda's webapps show has a Kazakh and a Russian translation in Shamy's locale files. The English
 * file is read from Camunda's webjar on the classpath, so a Camunda upgrade that adds or changes keys fails here
 * until they are translated. A translation keeps the English one's placeholders ({{…}}, {}, %d/%s) and HTML tags.
 */
class WebappLocalesTests {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";

    /** Names and formats that read the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Camunda", "Camunda Cockpit", "Cockpit",
            "Tasklist", "Optimize", "ID", "ID*", "CSV", "JSON");

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^}]*}}|\\{}|%[sd]|</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>|&[a-z]+;");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"tasklist, kk", "tasklist, ru", "cockpit, kk", "cockpit, ru", "admin, kk", "admin, ru",
            "welcome, kk", "welcome, ru"})
    void everyEnglishStringIsTranslatedWithItsPlaceholders(String app, String language) throws IOException {
        URL englishFile = resource(app + "/locales/en.json");
        assertThat(englishFile.toString()).as("English from Camunda's webjar").contains("camunda-webapp-webjar");
        Map<String, String> english = leaves(read(englishFile));
        URL translatedFile = resource(app + "/locales/" + language + ".json");
        assertThat(translatedFile.toString()).as("Shamy's own file").doesNotContain("camunda-webapp-webjar");
        Map<String, String> translated = leaves(read(translatedFile));

        List<String> missing = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        List<String> placeholdersChanged = new ArrayList<>();
        english.forEach((key, text) -> {
            String translation = translated.get(key);
            if (translation == null) {
                missing.add(key);
                return;
            }
            if (translation.equals(text) && needsTranslation(key, text)) {
                untranslated.add(key + " = " + text);
            }
            if (!placeholders(translation).equals(placeholders(text))) {
                placeholdersChanged.add(key + ": " + placeholders(text) + " became " + placeholders(translation));
            }
        });

        assertThat(english).as("keys in Camunda's en.json").hasSizeGreaterThan(100);
        assertThat(missing).as("%s keys of %s missing in %s.json", missing.size(), app, language).isEmpty();
        assertThat(untranslated).as("%s strings left in English", untranslated.size()).isEmpty();
        assertThat(placeholdersChanged).as("placeholders lost or changed").isEmpty();
        assertThat(translated.keySet()).as("keys Camunda does not have").isSubsetOf(english.keySet());
    }

    /** A string that says something in English; names, formats, operators and empty strings need no translation. */
    private static boolean needsTranslation(String key, String text) {
        boolean wordsOrNames = key.startsWith("labels.") || key.contains(".months") || key.contains(".weekdays");
        String words = PLACEHOLDER.matcher(text).replaceAll("");
        return wordsOrNames && LETTER.matcher(words).find() && !SAME_IN_EVERY_LANGUAGE.contains(text);
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s", ""));
        }
        found.sort(null);
        return found;
    }

    private static URL resource(String path) {
        URL url = WebappLocalesTests.class.getClassLoader().getResource(APP + path);
        assertThat(url).as(path + " on the classpath").isNotNull();
        return url;
    }

    private JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Camunda's files begin with a byte order mark
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    /** Every string and number of a locale file by its path ({@code labels.CLAIM_TASK}, {@code dateLocales.months[0]}). */
    private static Map<String, String> leaves(JsonNode root) {
        Map<String, String> leaves = new LinkedHashMap<>();
        collect(root, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String path, Map<String, String> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }
}
