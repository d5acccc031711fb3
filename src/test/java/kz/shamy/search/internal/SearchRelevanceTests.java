package kz.shamy.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.shamy.reports.ReportDraft;
import kz.shamy.reports.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Judged set 1: the demo archive (73 reports: Kazakh in Cyrillic, 2021 Latin, informal ASCII and typed on a Russian
 * keyboard; Russian; English) and one unpublished draft, against src/test/resources/relevance/judgements.json, on
 * Shamy, PostgreSQL full-text search and stock Lucene ({@link JudgedSetRelevance}); written to
 * target/relevance-set1.md. Also: drafts stay their author's, detected languages, and the counting query agrees
 * with the scored one.
 */
// a context of its own: it fills an index of its own (index-dir) with the judged corpus and nothing else
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:relevance;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=false",
        "shamy.search.index-dir=target/relevance-index/${random.uuid}",
        "camunda.bpm.job-execution.enabled=false"})
class SearchRelevanceTests extends JudgedSetRelevance {

    static final String DRAFT_AUTHOR = "teacher5";
    static final String DRAFT_TITLE = "Reading diaries in a multi-grade class (draft)";
    static final String DRAFT_KEY = "draft-of-teacher5";

    @Autowired Reports reports;

    @Override
    String corpusResource() {
        return "demo/archive-reports.jsonl";
    }

    @Override
    String judgementsResource() {
        return "relevance/judgements.json";
    }

    @Override
    String name() {
        return "set1";
    }

    @Override
    int addOwnReports() {
        reports.submitDraft(draft());
        keyByTitle.put(DRAFT_TITLE, DRAFT_KEY);
        insert(DRAFT_KEY, "en", "Abai", false, DRAFT_AUTHOR, DRAFT_TITLE + "\n" + draftSummary());
        return 1;
    }

    @Test
    void shamyRanksJudgedReportsAtLeastAsWellAsPostgresAndStockLucene() throws IOException {
        List<Judged> queries = judged();
        assertThat(queries.size()).isGreaterThanOrEqualTo(30);
        List<Row> rows = run();
        for (Row row : rows) {
            if (row.query().trimming()) {
                row.hits().forEach((engine, hits) -> assertThat(hits)
                        .as(engine + " shows " + row.query().user() + " nobody else's draft").doesNotContain(DRAFT_KEY));
            }
        }
        double shamyNdcg = mean(rows, "Shamy", true);
        double shamyMrr = mean(rows, "Shamy", false);
        assertThat(shamyNdcg).as("Shamy nDCG@10").isGreaterThanOrEqualTo(0.80);
        assertThat(shamyMrr).as("Shamy MRR").isGreaterThanOrEqualTo(0.85);
        for (String other : List.of("PostgreSQL", "stock Lucene")) {
            assertThat(shamyNdcg).as("Shamy nDCG@10 against " + other).isGreaterThanOrEqualTo(mean(rows, other, true));
            assertThat(shamyMrr).as("Shamy MRR against " + other).isGreaterThanOrEqualTo(mean(rows, other, false));
        }
    }

    @Test
    void recordsWithoutALanguageAreDetectedAsTheirKeySays() {
        assertThat(detected).hasSizeGreaterThanOrEqualTo(8);
        detected.forEach((key, language) -> assertThat(language).as(key).isEqualTo(key.substring(0, 2)));
    }

    @Test
    void theDraftIsFoundByItsAuthorOnly() {
        assertThat(keys(search.search(request("reading diaries", null, null), DRAFT_AUTHOR))).contains(DRAFT_KEY);
        assertThat(keys(search.search(request("reading diaries", null, null), "facilitator2"))).contains(DRAFT_KEY);
        assertThat(keys(search.search(request("reading diaries", null, null), "teacher1"))).doesNotContain(DRAFT_KEY);
    }

    /**
     * Counting and facets run {@link ReportQueries#matching}, which leaves out fields whose matches another field's
     * include and looks phrases up by their word pairs; it must find exactly the reports the scored query and the
     * highlighter's query (phrases checked by positions) find, for every word of the corpus, pairs and triples of
     * neighbouring words as phrases, exclusions and OR, and the judged queries.
     */
    @Test
    void theCountingQueryFindsExactlyWhatTheScoredQueryFinds() throws IOException {
        List<String> asked = new ArrayList<>();
        JsonNode judged = json.readTree(read(judgementsResource())).get("queries");
        judged.forEach(q -> asked.add(q.get("q").asText()));
        java.util.Set<String> words = new java.util.TreeSet<>();
        List<String> phrases = new ArrayList<>();
        for (JsonNode record : corpus) {
            String[] tokens = (record.get("title").asText() + " " + record.get("summary").asText())
                    .split("[\\s,.;:!?()«»\"]+");
            for (int i = 0; i < tokens.length; i++) {
                if (!tokens[i].isBlank()) {
                    words.add(tokens[i]);
                    if (i + 1 < tokens.length && !tokens[i + 1].isBlank() && phrases.size() < 400 && i % 3 == 0) {
                        phrases.add("\"" + tokens[i] + " " + tokens[i + 1] + "\"");
                    }
                    if (i + 2 < tokens.length && !tokens[i + 2].isBlank() && phrases.size() < 600 && i % 5 == 1) {
                        phrases.add("\"" + tokens[i] + " " + tokens[i + 1] + " " + tokens[i + 2] + "\"");
                    }
                }
            }
        }
        asked.addAll(words);
        asked.addAll(phrases);
        List<String> wordList = new ArrayList<>(words);
        for (int i = 0; i + 2 < wordList.size(); i += 7) {
            asked.add(wordList.get(i) + " -" + wordList.get(i + 1));
            asked.add(wordList.get(i) + " OR " + wordList.get(i + 2));
        }
        asked.addAll(List.of("мугалим", "mugalim", "mūğalım", "e-mail", "2025-2026", "және", "и", "the", "мен бен",
                "\"және мен\"", "a-және-b", "ʼ", "'"));
        assertThat(asked).hasSizeGreaterThan(1000);
        ReportQueries queries = new ReportQueries(new ShamyReportAnalysis());
        int compared = index.withSearcher(searcher -> {
            int n = 0;
            for (String q : asked) {
                UserQuery parsed = UserQuery.parse(q);
                for (String user : List.of("staff1", DRAFT_AUTHOR)) {
                    // the highlighter's query checks phrases word by word in the folded field, no pairs
                    java.util.Set<Integer> byPositions = docs(searcher,
                            ReportQueries.trimmed(queries.highlighted(parsed), user, Map.of()));
                    assertThat(docs(searcher, ReportQueries.trimmed(queries.matching(parsed), user, Map.of())))
                            .as(q).isEqualTo(byPositions);
                    assertThat(docs(searcher, ReportQueries.trimmed(queries.text(parsed), user, Map.of())))
                            .as(q).isEqualTo(byPositions);
                    n++;
                }
            }
            return n;
        });
        assertThat(compared).isEqualTo(asked.size() * 2);
    }

    private static java.util.Set<Integer> docs(ReportSearcher searcher, org.apache.lucene.search.Query query)
            throws IOException {
        java.util.Set<Integer> docs = new java.util.TreeSet<>();
        for (org.apache.lucene.search.ScoreDoc d : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()))
                .scoreDocs) {
            docs.add(d.doc);
        }
        return docs;
    }

    // --- fixtures --------------------------------------------------------------------------------------

    private static SearchRequest request(String q, String language, String region) {
        return SearchRequests.of(q, language, region, null, null, null, "relevance", 0, K);
    }

    private static ReportDraft draft() {
        return new ReportDraft(990_001L, DRAFT_AUTHOR, null, DRAFT_TITLE, "en", "Primary education", "2025-2026",
                draftSummary(), "Reading diaries kept by pupils of grades two and four, a draft not yet signed off.",
                "reading diaries, multi-grade reading", "facilitator2");
    }

    private static String draftSummary() {
        return ("In my multi-grade class the pupils keep reading diaries in which they note every book they read "
                + "and one question about it. ").repeat(25);
    }
}
