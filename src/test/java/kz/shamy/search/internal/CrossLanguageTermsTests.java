package kz.shamy.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The glossary's concepts found in query words: in any language, script and word form, longest first. */
class CrossLanguageTermsTests {

    private static ShamyReportAnalysis analysis;
    private static CrossLanguageTerms glossary;
    private static CrossLanguageTerms shipped;

    @BeforeAll
    static void load() {
        analysis = new ShamyReportAnalysis();
        glossary = new CrossLanguageTerms(analysis, new ByteArrayInputStream("""
                en\tru\tkk
                parents' meeting | parent-teacher meeting\tродительское собрание\tата-аналар жиналысы
                parents\tродители\tата-аналар
                reading literacy\tчитательская грамотность\tоқу сауаттылығы
                mentoring\tнаставничество\tтәлімгерлік
                multigrade class\tкласс-комплект\tбіріктірілген сынып
                """.getBytes(StandardCharsets.UTF_8)));
        shipped = CrossLanguageTerms.load(analysis);
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    private static List<String> texts(List<CrossLanguageTerms.Term> terms) {
        return terms.stream().map(CrossLanguageTerms.Term::text).toList();
    }

    @Test
    void aWordFormFindsItsConceptInTheOtherLanguages() {
        assertThat(texts(glossary.translations("наставничества"))).containsExactly("mentoring", "тәлімгерлік");
        assertThat(texts(glossary.translations("тәлімгерлікке"))).containsExactly("mentoring", "наставничество");
    }

    @Test
    void kazakhIsFoundInEveryScriptAndKeyboard() {
        for (String typed : List.of("оқу сауаттылығын", "oqu sauattylyğyn", "oku sauattylygyn", "оку сауаттылыгын")) {
            assertThat(texts(glossary.translations(typed))).as(typed)
                    .containsExactly("reading literacy", "читательская грамотность");
        }
    }

    @Test
    void aVowelStemWithItsPossessiveFindsTheConcept() {
        // the shipped glossary's club = кружок = үйірме, typed with -сі in three spellings
        for (String typed : List.of("үйірмесі", "uyirmesi", "уйирмеси", "үйірмесінде")) {
            assertThat(texts(shipped.translations(typed))).as(typed).contains("club", "кружок");
        }
    }

    @Test
    void aLatinNgIsReadAsTheKazakhNgWhenThatNamesAConcept() {
        // the shipped glossary's multi-level tasks = деңгейлік тапсырмалар
        assertThat(texts(shipped.translations("dengeilik tapsyrmalar"))).contains("multi-level tasks");
        assertThat(texts(shipped.translations("denggeilik tapsyrmalar"))).contains("multi-level tasks");
    }

    @Test
    void theLongestConceptWinsAndWordsAroundItStayOutside() {
        List<CrossLanguageTerms.Match> found = glossary.find(List.of("жыл", "сайынғы", "ата-аналар", "жиналысы"));

        assertThat(found).hasSize(1);
        assertThat(found.get(0).from()).isEqualTo(2);
        assertThat(found.get(0).to()).isEqualTo(4);
        assertThat(texts(found.get(0).translations())).contains("parents' meeting", "parent-teacher meeting",
                "родительское собрание");
    }

    @Test
    void aCompoundIsFoundJoinedHyphenatedOrApart() {
        // the glossary's joined compound by a hyphenated query word, and its hyphenated one by the joined word
        for (String typed : List.of("multigrade class", "multi-grade classes", "класс-комплекты")) {
            assertThat(texts(glossary.translations(typed))).as(typed).contains("біріктірілген сынып");
        }
        assertThat(texts(glossary.translations("класскомплект"))).contains("multigrade class");
        assertThat(texts(glossary.translations("класс комплект"))).contains("multigrade class");
        // the Kazakh parents: hyphenated in the glossary and in the query, in a case form
        assertThat(texts(glossary.translations("ата-аналарға"))).contains("parents");
        // a hyphen between digits is not a compound's
        assertThat(CrossLanguageTerms.joined("2025-2026 multi-grade")).isEqualTo("2025-2026 multigrade");
    }

    @Test
    void aWordThatOnlyStartsAConceptIsNotTheConcept() {
        assertThat(glossary.translations("читательская")).isEmpty();
        assertThat(glossary.translations("фотосинтез")).isEmpty();
    }

    @Test
    void theShippedGlossaryLoadsWithEveryRow() {
        assertThat(shipped.concepts()).isGreaterThanOrEqualTo(1_100);
        assertThat(texts(shipped.translations("буллинга"))).contains("bullying");
        assertThat(texts(shipped.translations("formative assessment"))).contains("формативное оценивание",
                "қалыптастырушы бағалау");
    }
}
