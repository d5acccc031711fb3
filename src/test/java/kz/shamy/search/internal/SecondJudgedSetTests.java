package kz.shamy.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Judged set 2 (src/test/resources/relevance/set2, README there): 150 reports over 30 topics in Kazakh (four
 * spellings), Russian and English, 78 queries in 11 kinds, written and judged before, and apart from, the analyzer
 * work of issue 14. Shamy, PostgreSQL and stock Lucene on it ({@link JudgedSetRelevance}); the figures go to
 * target/relevance-set2.md and docs/BENCHMARKS.md. The bars below are the figures measured when the set came in,
 * less a small margin: they hold what was reached, and rise as the analyzers improve (issue 14's goal is nDCG@10
 * 0.90 with every kind at 0.75).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:relevance-set2;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=false",
        "shamy.search.index-dir=target/relevance-index/${random.uuid}",
        "camunda.bpm.job-execution.enabled=false"})
class SecondJudgedSetTests extends JudgedSetRelevance {

    @Autowired ReportAnalysis analysis;

    @Override
    String corpusResource() {
        return "relevance/set2/reports.jsonl";
    }

    @Override
    String judgementsResource() {
        return "relevance/set2/judgements.json";
    }

    @Override
    String name() {
        return "set2";
    }

    @Test
    void shamyHoldsItsFiguresAndRanksAboveBothBaselines() throws IOException {
        List<Row> rows = run();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        double shamy = mean(rows, "Shamy", true);
        assertThat(shamy).as("Shamy nDCG@10 (0.330 when the set came in, 0.567 with the glossary, 0.638 with ASCII"
                + " Kazakh and the glossary's second part, 0.714 with partial matches and stop words left out, 0.731 with a"
                + " concept's words in them, 0.758 with borrowed adjectives, derived exclusions and more glossary, 0.762 with"
                + " a concept word's own wordings in the partial tier, 0.764 with the side-by-side bonus, 0.789 without the"
                + " exact letters for single words)")
                .isGreaterThanOrEqualTo(0.775);
        assertThat(mean(rows, "Shamy", false)).as("Shamy MRR (0.721 when the set came in, 0.924, 0.943, 0.958, 0.964,"
                + " then 0.979)")
                .isGreaterThanOrEqualTo(0.965);
        for (String other : List.of("PostgreSQL", "stock Lucene")) {
            assertThat(shamy).as("Shamy nDCG@10 against " + other).isGreaterThanOrEqualTo(mean(rows, other, true));
        }
        Map<String, Double> kinds = byKind(rows, "Shamy");
        assertThat(kinds).hasSize(11);
    }

    /**
     * Issue 14 item 4, measured: each report's first two sentences of summary stand for a teacher's concern (20 to
     * 60 words, as a concern is written), and the five reports most like it, the report itself left out, should be
     * the four others of its topic (the set has five reports per topic, in every language and spelling). Shamy's
     * {@code like} at three weights of a concept's other languages' wordings (the one Shamy uses, 4, and less), and Lucene's MoreLikeThis over the
     * folded field (what {@code similar} does) for comparison; written to target/similar-set2.md.
     */
    @Test
    void reportsLikeATeachersConcernAreOnItsTopicInEveryLanguage() throws IOException {
        Map<String, String> languageOf = new HashMap<>();
        h2.query("select title, language from shamy.project_report",
                rs -> { languageOf.put(keyByTitle.get(rs.getString(1)), rs.getString(2)); });
        Map<String, double[]> measured = new LinkedHashMap<>();
        for (float boost : new float[] {1.0f, 2.0f, 4.0f}) {
            measured.put("Shamy like, other wordings at " + boost,
                    topicRecall(languageOf, text -> index.withSearcher(s -> search.like(s, text, 6, boost)).stream()
                            .map(r -> keyByTitle.get(r.title())).toList()));
        }
        measured.put("MoreLikeThis, folded field", topicRecall(languageOf, this::moreLikeThis));
        StringBuilder out = new StringBuilder("# Reports like a concern on set 2: " + corpus.size()
                + " concerns (each report's first two sentences of summary), top 5 without the report itself\n\n"
                + "| Engine | topic recall@5 | in another language | first hit on topic |\n|---|---|---|---|\n");
        measured.forEach((engine, m) -> out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", engine,
                m[0], m[1], m[2])));
        System.out.println(out);
        Files.writeString(Path.of("target", "similar-set2.md"), out.toString());

        double[] shamy = measured.get("Shamy like, other wordings at " + ReportSearch.LIKE_TRANSLATION_BOOST);
        double[] mlt = measured.get("MoreLikeThis, folded field");
        // measured when like came in: 0.452, 0.449, 0.673; with the glossary's second part 0.533, 0.569, 0.740
        // (MoreLikeThis 0.168, 0.004, 0.313)
        assertThat(shamy[0]).as("topic recall@5").isGreaterThan(mlt[0]).isGreaterThanOrEqualTo(0.51);
        assertThat(shamy[1]).as("topic recall@5 in another language").isGreaterThan(mlt[1]).isGreaterThanOrEqualTo(0.54);
        assertThat(shamy[2]).as("share of concerns whose first offer is on their topic").isGreaterThan(mlt[2])
                .isGreaterThanOrEqualTo(0.72);
    }

    interface Like {
        List<String> keys(String text) throws IOException;
    }

    /**
     * Over every report: the share of its topic's other reports in the top 5; the same for those in another
     * language (Kazakh, Russian, English); the share of reports whose first offer is on their topic.
     */
    private double[] topicRecall(Map<String, String> languageOf, Like like) throws IOException {
        int siblings = 0;
        int found = 0;
        int otherLanguage = 0;
        int foundOtherLanguage = 0;
        int firstOnTopic = 0;
        for (JsonNode r : corpus) {
            String key = r.get("key").asText();
            String topic = key.substring(0, 3);
            List<String> top = like.keys(concern(r.get("summary").asText())).stream().filter(k -> !key.equals(k))
                    .limit(5).toList();
            for (JsonNode other : corpus) {
                String k = other.get("key").asText();
                if (k.equals(key) || !k.startsWith(topic)) {
                    continue;
                }
                boolean foreign = !languageOf.get(k).equals(languageOf.get(key));
                siblings++;
                otherLanguage += foreign ? 1 : 0;
                if (top.contains(k)) {
                    found++;
                    foundOtherLanguage += foreign ? 1 : 0;
                }
            }
            firstOnTopic += !top.isEmpty() && top.get(0).startsWith(topic) ? 1 : 0;
        }
        return new double[] {(double) found / siblings, (double) foundOtherLanguage / otherLanguage,
                (double) firstOnTopic / corpus.size()};
    }

    /** A summary's first two sentences. */
    static String concern(String summary) {
        int end = 0;
        for (int sentence = 0; sentence < 2; sentence++) {
            int stop = summary.indexOf(". ", end);
            if (stop < 0) {
                return summary;
            }
            end = stop + 1;
        }
        return summary.substring(0, end);
    }

    private List<String> moreLikeThis(String text) throws IOException {
        return index.withSearcher(searcher -> {
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(ReportFields.analyzer(analysis));
            mlt.setFieldNames(new String[] {ReportFields.TEXT_FOLD});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            Query like = mlt.like(ReportFields.TEXT_FOLD, new StringReader(text));
            List<String> keys = new ArrayList<>();
            for (ScoreDoc d : searcher.search(like, 6).scoreDocs) {
                keys.add(keyByTitle.get(searcher.storedFields().document(d.doc).get(ReportFields.TITLE)));
            }
            return keys;
        });
    }

    @Test
    void recordsWithoutALanguageAreDetectedAsTheirScriptSays() {
        assertThat(detected).hasSizeGreaterThanOrEqualTo(10);
        detected.forEach((key, language) -> assertThat(language).as(key)
                .isEqualTo(key.substring(4, 6).startsWith("kk") ? "kk" : key.substring(4, 6)));
    }
}
