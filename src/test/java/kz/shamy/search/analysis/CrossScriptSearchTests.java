package kz.shamy.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real Lucene: a few reports indexed with Shamy's analyzers, queried the way a person would type. */
class CrossScriptSearchTests {

    private static final ShamyAnalyzers analyzers = new ShamyAnalyzers();
    private static final LanguageDetector detector = new LanguageDetector();
    private static final Directory directory = new ByteBuffersDirectory();
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    /** Text stored with offsets in the postings, as the index helper will do for highlighting. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private static final Map<String, String> REPORTS = Map.of(
            "ru-lab", "Лаборатория естественных наук в сельской школе: учителя провели серию уроков",
            "kk-cyrillic", "Мектептерде мұғалімдер бірлесіп жұмыс істеді және оқушылардың жазуын дамытты",
            "kk-latin", "Mektep kıtaphanasynda mūğalımder oqu klubyn aşty",
            "en-circle", "Teachers lead development projects in a rural school",
            "kk-city", "Қала мұғалімі жоба жазды",
            "kk-keyboard", "Кала мугалими жоба жазды",
            "kk-methods", "Интерактивті әдістер мен цифрлық ресурстар функционалдық сауаттылықты дамытады");

    @BeforeAll
    static void index() throws IOException {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String language : ShamyAnalyzers.LANGUAGES) {
            perField.put("text_" + language, analyzers.language(language));
        }
        perField.put("text_folded", analyzers.folded());
        Analyzer analyzer = new PerFieldAnalyzerWrapper(analyzers.exact(), perField);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Map.Entry<String, String> report : REPORTS.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField("id", report.getKey(), Field.Store.YES));
                String language = detector.detect(report.getValue());
                doc.add(new Field("text_" + language, report.getValue(), TEXT_WITH_OFFSETS));
                doc.add(new Field("text_folded", report.getValue(), TEXT_WITH_OFFSETS));
                doc.add(new Field("text_exact", report.getValue(), TEXT_WITH_OFFSETS));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
        analyzers.close();
    }

    private static Query query(String field, Analyzer analyzer, String text) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(field, text);
        return query == null ? new BooleanQuery.Builder().build() : query;
    }

    private static Query inLanguage(String language, String text) {
        return query("text_" + language, analyzers.language(language), text);
    }

    private static List<String> ids(Query query) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    @Test
    void reportsWereIndexedUnderTheDetectedLanguage() {
        assertThat(detector.detect(REPORTS.get("kk-latin"))).isEqualTo("kk");
        assertThat(detector.detect(REPORTS.get("kk-keyboard"))).isEqualTo("kk");
        assertThat(detector.detect(REPORTS.get("ru-lab"))).isEqualTo("ru");
        assertThat(detector.detect(REPORTS.get("en-circle"))).isEqualTo("en");
    }

    @Test
    void russianWordFormsMatch() throws IOException {
        assertThat(ids(inLanguage("ru", "лабораторных"))).containsExactly("ru-lab");
        assertThat(ids(inLanguage("ru", "лаборатории"))).containsExactly("ru-lab");
        assertThat(ids(inLanguage("ru", "школьных учителей"))).containsExactly("ru-lab");
    }

    @Test
    void englishWordFormsMatch() throws IOException {
        assertThat(ids(inLanguage("en", "teacher"))).containsExactly("en-circle");
        assertThat(ids(inLanguage("en", "project"))).containsExactly("en-circle");
    }

    @Test
    void kazakhWordFormsMatchInBothScripts() throws IOException {
        for (String form : List.of("мектеп", "мектептер", "мектептерде", "mektep", "mektepter", "мектебінде")) {
            assertThat(ids(inLanguage("kk", form))).as(form).containsExactlyInAnyOrder("kk-cyrillic", "kk-latin");
        }
    }

    @Test
    void cyrillicAndLatinKazakhFindEachOther() throws IOException {
        for (String teacher : List.of("мұғалім", "mūğalım", "mugalim", "Mūğalımder", "мұғалімдерге")) {
            assertThat(ids(inLanguage("kk", teacher))).as(teacher)
                    .contains("kk-cyrillic", "kk-latin", "kk-city", "kk-keyboard")
                    .doesNotContain("ru-lab", "en-circle");
        }
    }

    @Test
    void aRussianKeyboardQueryFindsTheKazakhReport() throws IOException {
        assertThat(ids(query("text_folded", analyzers.folded(), "кала"))).contains("kk-city", "kk-keyboard");
        assertThat(ids(query("text_folded", analyzers.folded(), "мугалим"))).contains("kk-city", "kk-cyrillic");
        // the exact field alone would miss it
        assertThat(ids(query("text_exact", analyzers.exact(), "кала"))).containsExactly("kk-keyboard");
    }

    @Test
    void informalAsciiFindsTheKazakhReport() throws IOException {
        // issue 14: Kazakh letters as plain Latin (ә as a or ae), Russian loanword letters as ts or c, q or k for қ
        for (String text : List.of("interaktivti adister", "interaktivti aedisterdi", "tsifrlyq", "cifrlyk resurstar",
                "funkcionaldyq sauattylyqty", "funktsionaldyk")) {
            assertThat(ids(query("text_folded", analyzers.folded(), text))).as(text).containsExactly("kk-methods");
        }
    }

    @Test
    void exactLettersRankAboveFoldedMatches() throws IOException {
        assertThat(ids(exactOrFolded("қала"))).containsExactly("kk-city", "kk-keyboard");
        assertThat(ids(exactOrFolded("кала"))).containsExactly("kk-keyboard", "kk-city");
        assertThat(ids(exactOrFolded("мұғалімі"))).first().isEqualTo("kk-city");
    }

    private static Query exactOrFolded(String text) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(query("text_exact", analyzers.exact(), text), 2f), BooleanClause.Occur.SHOULD)
                .add(query("text_folded", analyzers.folded(), text), BooleanClause.Occur.SHOULD)
                .build();
    }

    @Test
    void malformedQueriesFindNothingAndNeverFail() throws IOException {
        for (String text : List.of("", "!!! ???", "\u0000\u001b\u007f", "—".repeat(1024 * 1024))) {
            assertThat(ids(query("text_folded", analyzers.folded(), text))).isEmpty();
            assertThat(ids(query("text_exact", analyzers.exact(), text))).isEmpty();
            assertThat(ids(inLanguage("kk", text))).isEmpty();
        }
    }
}
