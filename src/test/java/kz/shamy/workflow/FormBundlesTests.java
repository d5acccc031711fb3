package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Shamy's task pages render each deployed Camunda Form in the reader's language from i18n/forms*.properties:
 * every form has its title, and every field, option and text component of it its words, in English, Kazakh and
 * Russian; Kazakh and Russian are not English copies; {{variables}}, links and {0} arguments survive translation;
 * and no bundle keeps words for a field no form has any more.
 */
class FormBundlesTests {

    /** English is the base bundle (forms.properties); the suffix names the others. */
    private static final Map<String, String> BUNDLES = Map.of("en", "", "kk", "_kk", "ru", "_ru");

    /** Keys whose Kazakh or Russian may read as the English does (none yet: add one here, with the reason). */
    private static final Set<String> SAME_AS_ENGLISH_ALLOWED = Set.of();

    /** What the task page says at a field it refuses, and the words of the task list and page. */
    private static final Set<String> PAGE_KEYS = Set.of("form.error.required", "form.error.maxLength",
            "form.error.number", "form.error.min", "form.error.max", "form.error.range", "form.error.date",
            "form.error.option", "form.error.pattern", "form.error.boolean", "tasks.title", "tasks.empty", "tasks.due",
            "tasks.overdue", "tasks.created", "tasks.open", "tasks.submit", "tasks.refused", "tasks.done",
            "tasks.context", "tasks.openInTasklist", "tasks.notFound");

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern LINK_TARGET = Pattern.compile("]\\(([^)]*)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} ");
    private static final Pattern ARGUMENT = Pattern.compile("(?<!\\{)\\{(\\d+)[},]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyFormHasItsTitleLabelsOptionsAndTextsInEveryLanguage() throws IOException {
        List<JsonNode> forms = deployedForms();
        assertThat(forms).as("deployed forms").hasSizeGreaterThanOrEqualTo(22);
        for (String language : BUNDLES.keySet()) {
            assertThat(missingWords(forms, bundle(language))).as("form words missing from the " + language + " bundle")
                    .isEmpty();
        }
    }

    @Test
    void aFieldAddedToAFormWithoutWordsIsReported() throws IOException {
        JsonNode form = json.readTree("""
                {"id": "devwork-present-poster", "components": [
                  {"id": "Text_0", "type": "text", "text": "### Prepare a poster"},
                  {"id": "Field_posterTitle", "key": "posterTitle", "type": "textfield", "label": "Poster title"},
                  {"id": "Field_new", "key": "posterSize", "type": "select", "label": "Size",
                   "values": [{"label": "A1", "value": "A1"}]}]}""");

        assertThat(missingWords(List.of(form), bundle("kk"))).containsExactly(
                "form.devwork-present-poster.posterSize.label", "form.devwork-present-poster.posterSize.option.A1");
    }

    @Test
    void everyErrorTaskPageWordAndProcessNameIsInEveryLanguage() throws IOException {
        Set<String> expected = new TreeSet<>(PAGE_KEYS);
        for (String process : processKeys()) {
            expected.add("tasks.process." + process);
        }
        for (String language : BUNDLES.keySet()) {
            Map<String, String> bundle = bundle(language);
            assertThat(expected.stream().filter(key -> blank(bundle.get(key))).toList())
                    .as("page words missing from the " + language + " bundle").isEmpty();
        }
    }

    @Test
    void noBundleKeepsAKeyNoFormOrPageHas() throws IOException {
        Set<String> known = new TreeSet<>(PAGE_KEYS);
        for (JsonNode form : deployedForms()) {
            known.addAll(keysOf(form).keySet());
        }
        for (String process : processKeys()) {
            known.add("tasks.process." + process);
        }
        for (String language : BUNDLES.keySet()) {
            Set<String> stale = new TreeSet<>(bundle(language).keySet());
            stale.removeAll(known);
            assertThat(stale).as("keys in the " + language + " bundle that no form, page or process has").isEmpty();
        }
    }

    @Test
    void theThreeBundlesHoldTheSameKeys() throws IOException {
        Set<String> english = bundle("en").keySet();
        assertThat(bundle("kk").keySet()).as("kk keys").containsExactlyInAnyOrderElementsOf(english);
        assertThat(bundle("ru").keySet()).as("ru keys").containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void kazakhAndRussianAreNotEnglishCopies() throws IOException {
        Map<String, String> english = bundle("en");
        for (String language : List.of("kk", "ru")) {
            List<String> copies = new ArrayList<>();
            bundle(language).forEach((key, value) -> {
                boolean letters = LETTER.matcher(value).find();
                if (letters && !SAME_AS_ENGLISH_ALLOWED.contains(key)
                        && (value.equals(english.get(key)) || !CYRILLIC.matcher(value).find())) {
                    copies.add(key + "=" + value);
                }
            });
            assertThat(copies).as(language + " values that read as English (same as English, or no Cyrillic)")
                    .isEmpty();
        }
    }

    @Test
    void variablesLinksHeadingsAndArgumentsAreTheSameInEveryLanguage() throws IOException {
        Map<String, String> english = bundle("en");
        for (String language : List.of("kk", "ru")) {
            bundle(language).forEach((key, value) -> {
                String original = english.getOrDefault(key, "");
                for (Pattern shape : List.of(TEMPLATE, LINK_TARGET, HEADING, ARGUMENT)) {
                    assertThat(all(shape, value)).as(language + " " + key + " " + shape)
                            .containsExactlyInAnyOrderElementsOf(all(shape, original));
                }
            });
        }
    }

    @Test
    void messagesWithArgumentsAreMessageFormatPatternsAndFormTextsTakeNone() throws IOException {
        for (String language : BUNDLES.keySet()) {
            bundle(language).forEach((key, value) -> {
                if (key.startsWith("form.") && !key.startsWith("form.error.")) {
                    assertThat(all(ARGUMENT, value)).as(language + " " + key + " is read without arguments").isEmpty();
                } else if (ARGUMENT.matcher(value).find()) {
                    assertThat(value).as(language + " " + key + ": a lone apostrophe vanishes in MessageFormat")
                            .doesNotContain("'");
                    String shown = new MessageFormat(value, Locale.forLanguageTag(language))
                            .format(new Object[] {"«0»", "«1»"});
                    assertThat(shown).as(language + " " + key).doesNotContain("{");
                }
            });
        }
    }

    @Test
    void bundlesAreUtf8WithEachKeyOnce() throws IOException {
        for (String suffix : BUNDLES.values()) {
            String text = utf8(read("i18n/forms" + suffix + ".properties"));
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            boolean continued = false;
            for (String line : text.split("\n", -1)) {
                String trimmed = line.strip();
                if (!continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                    String key = trimmed.split("[=:\\s]", 2)[0];
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
                continued = !trimmed.startsWith("#") && endsWithOddBackslashes(line);
            }
            assertThat(twice).as("keys given twice in forms" + suffix + ".properties").isEmpty();
        }
    }

    @Test
    void theApplicationsMessageSourceReadsTheFormWordsInTheReadersLanguage() throws IOException {
        Matcher basename = Pattern.compile("(?m)^\\s+basename:\\s*(.+)$").matcher(utf8(read("application.yml")));
        assertThat(basename.find()).as("spring.messages.basename in application.yml").isTrue();
        String[] basenames = basename.group(1).strip().split("\\s*,\\s*");
        assertThat(basenames).contains("i18n/forms");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        assertThat(messages.getMessage("form.devwork-review-plan.title", null, Locale.forLanguageTag("kk")))
                .isEqualTo("Даму жоспарын қарау");
        assertThat(messages.getMessage("form.devwork-review-plan.title", null, Locale.forLanguageTag("ru")))
                .isEqualTo("Рассмотрение плана развития");
        assertThat(messages.getMessage("form.devwork-review-plan.title", null, Locale.ENGLISH))
                .isEqualTo("Review the development plan");
        assertThat(messages.getMessage("form.devwork-review-plan.Text_0.text", null, Locale.forLanguageTag("kk")))
                .contains("[/projects/{{projectId}}](/projects/{{projectId}})");
        assertThat(messages.getMessage("form.error.range", new Object[] {0, 4}, Locale.forLanguageTag("ru")))
                .isEqualTo("Введите число от 0 до 4.");
    }

    // --- what a form needs

    /** The keys a form's words need, each marked true when required (a description is optional). */
    static Map<String, Boolean> keysOf(JsonNode form) {
        String prefix = "form." + form.path("id").asText() + ".";
        Map<String, Boolean> keys = new LinkedHashMap<>();
        keys.put(prefix + "title", true);
        collect(form.path("components"), prefix, keys, new HashMap<>());
        return keys;
    }

    private static void collect(JsonNode components, String prefix, Map<String, Boolean> keys,
            Map<String, Integer> textIds) {
        for (JsonNode component : components) {
            if (component.path("type").asText().equals("text")) {
                String id = component.path("id").asText();
                int occurrence = textIds.merge(id, 1, Integer::sum);
                keys.put(prefix + (occurrence == 1 ? id : id + "_" + occurrence) + ".text", true);
            } else if (component.hasNonNull("key")) {
                String field = prefix + component.path("key").asText() + ".";
                keys.put(field + "label", true);
                keys.put(field + "description", false);
                for (JsonNode option : component.path("values")) {
                    keys.put(field + "option." + option.path("value").asText(), true);
                }
            }
            collect(component.path("components"), prefix, keys, textIds);
        }
    }

    /** The required keys of these forms that the bundle lacks or leaves blank. */
    static List<String> missingWords(List<JsonNode> forms, Map<String, String> bundle) {
        List<String> missing = new ArrayList<>();
        for (JsonNode form : forms) {
            keysOf(form).forEach((key, required) -> {
                if (required && blank(bundle.get(key))) {
                    missing.add(key);
                }
            });
        }
        return missing;
    }

    // --- reading

    private List<JsonNode> deployedForms() throws IOException {
        List<JsonNode> forms = new ArrayList<>();
        for (Resource resource : resources("classpath*:processes/**/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                forms.add(json.readTree(in));
            }
        }
        return forms;
    }

    private static Set<String> processKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Resource resource : resources("classpath*:processes/**/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                Bpmn.readModelFromStream(in).getModelElementsByType(Process.class).stream()
                        .filter(Process::isExecutable).forEach(process -> keys.add(process.getId()));
            }
        }
        assertThat(keys).as("process keys").isNotEmpty();
        return keys;
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver(FormBundlesTests.class.getClassLoader()).getResources(pattern);
    }

    private static Map<String, String> bundle(String language) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(utf8(read("i18n/forms" + BUNDLES.get(language) + ".properties"))));
        Map<String, String> bundle = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> bundle.put(key, properties.getProperty(key)));
        return bundle;
    }

    private static byte[] read(String path) throws IOException {
        try (InputStream in = FormBundlesTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
