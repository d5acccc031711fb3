package kz.shamy.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ShamyAnalyzersTests {

    private static final ShamyAnalyzers analyzers = new ShamyAnalyzers();

    @AfterAll
    static void close() {
        analyzers.close();
    }

    record Token(String term, String original) {
    }

    static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), text.substring(offset.startOffset(), offset.endOffset())));
            }
            stream.end();
        }
        return tokens;
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    @Test
    void kazakhInEitherScriptGivesTheSameTerms() throws IOException {
        Analyzer kk = analyzers.language("kk");
        assertThat(terms(kk, "Мұғалімдер мектептерде және қалада"))
                .containsExactly("mugalim", "mektep", "kala");
        assertThat(terms(kk, "Mūğalımder mektepterde jäne qalada"))
                .containsExactly("mugalim", "mektep", "kala");
        assertThat(terms(kk, "Мугалимдер мектептерде жане калада"))
                .containsExactly("mugalim", "mektep", "kala");
    }

    @Test
    void russianStemsNounsAndTheirAdjectives() throws IOException {
        Analyzer ru = analyzers.language("ru");
        assertThat(terms(ru, "лаборатория")).isEqualTo(terms(ru, "лабораторных"));
        assertThat(terms(ru, "в школе и для школьных учителей")).containsExactly("школ", "школ", "учител");
        assertThat(terms(ru, "ёлка")).isEqualTo(terms(ru, "елка"));
        assertThat(terms(ru, "закон")).isNotEqualTo(terms(ru, "зако"));
    }

    @Test
    void englishStemsAndDropsPossessivesAndStopWords() throws IOException {
        Analyzer en = analyzers.language("en");
        assertThat(terms(en, "The teacher's teachers")).containsExactly("teacher", "teacher");
        assertThat(terms(en, "projects of the circle")).containsExactly("project", "circl");
    }

    @Test
    void foldedFieldMapsRussianKeyboardAndLatinToTheKazakhKey() throws IOException {
        Analyzer folded = analyzers.folded();
        assertThat(terms(folded, "кала мугалим")).isEqualTo(terms(folded, "қала мұғалім"));
        assertThat(terms(folded, "qala mugalim")).isEqualTo(terms(folded, "қала мұғалім"));
        assertThat(terms(folded, "және")).containsExactly("jane");
    }

    @Test
    void latinLookAlikesInsideACyrillicWordStayOneWord() throws IOException {
        // і typed as the Latin i (a Russian keyboard has no і): the tokenizer would split at each change of script
        assertThat(terms(analyzers.folded(), "бiлiм берудегi мұғалiмдер")).containsExactly("bilim", "beru", "mugalim");
        assertThat(terms(analyzers.exact(), "бiлiм")).containsExactly("білім");
        assertThat(tokens(analyzers.folded(), "бiлiм")).extracting(Token::original).containsExactly("бiлiм");
        // a Cyrillic е inside a Latin word takes the Latin e
        assertThat(terms(analyzers.folded(), "mektеp")).containsExactly("mektep");
        // a mixture with letters of no twin is left to the tokenizer
        assertThat(terms(analyzers.exact(), "PISAда")).containsExactly("pisa", "да");
    }

    @Test
    void exactKeepsKazakhLettersAndOnlyLowerCases() throws IOException {
        Analyzer exact = analyzers.exact();
        assertThat(terms(exact, "ҚАЛА кала Mūğalım")).containsExactly("қала", "кала", "mūğalım");
        assertThat(terms(exact, "мектептерде")).containsExactly("мектептерде");
    }

    @Test
    void offsetsPointAtTheOriginalCyrillicAndLatinWords() throws IOException {
        String text = "«Мұғалімдер» — mūğalımder, MEKTEPTERDE; лабораторных teachers'";
        for (Analyzer analyzer : List.of(analyzers.language("kk"), analyzers.folded(), analyzers.exact())) {
            assertThat(tokens(analyzer, text)).extracting(Token::original)
                    .containsExactly("Мұғалімдер", "mūğalımder", "MEKTEPTERDE", "лабораторных", "teachers");
        }
        assertThat(tokens(analyzers.language("ru"), "В лабораторных работах")).extracting(Token::original)
                .containsExactly("лабораторных", "работах");
        assertThat(tokens(analyzers.language("en"), "The teachers' projects")).extracting(Token::original)
                .containsExactly("teachers'".substring(0, 8), "projects");
    }

    @Test
    void malformedInputGivesNoTermsAndNoExceptions() throws IOException {
        String oneMegabyteOfPunctuation = "!?.,;:-— ".repeat(1024 * 1024 / 9);
        String oneMegabyteOfOneLetter = "ә".repeat(1024 * 1024);
        for (Analyzer analyzer : List.of(analyzers.language("kk"), analyzers.language("ru"),
                analyzers.language("en"), analyzers.folded(), analyzers.exact())) {
            assertThat(terms(analyzer, "")).isEmpty();
            assertThat(terms(analyzer, "!!! ... ??? — «» ()")).isEmpty();
            assertThat(terms(analyzer, "\u0000\u0001\u0007\u001b\u007f\u200b")).isEmpty();
            assertThat(terms(analyzer, oneMegabyteOfPunctuation)).isEmpty();
            assertThat(terms(analyzer, oneMegabyteOfOneLetter)).isEmpty();
            assertThat(terms(analyzer, "\uD800 \uDFFF мектеп\u0000")).isNotEmpty();
        }
    }

    @Test
    void languagesAreAcceptedWithSubtagsAndOthersAreRefused() {
        assertThat(analyzers.language("KK-latn")).isSameAs(analyzers.language("kk"));
        assertThat(analyzers.language("ru_RU")).isSameAs(analyzers.language("ru"));
        assertThat(ShamyAnalyzers.supports("de")).isFalse();
        assertThat(ShamyAnalyzers.supports(null)).isFalse();
        assertThatThrownBy(() -> analyzers.language("de")).isInstanceOf(UnsupportedLanguage.class);
    }
}
