package kz.shamy.search.internal;

import kz.shamy.search.SearchSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.shamy.reports.ReportDraft;
import kz.shamy.reports.ReportImports;
import kz.shamy.reports.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Relevance of Shamy's search on the demo archive (73 reports: Kazakh in Cyrillic, 2021 Latin, informal ASCII
 * and typed on a Russian keyboard; Russian; English) against judged queries
 * (src/test/resources/relevance/judgements.json): nDCG@10 and MRR for Shamy, and for PostgreSQL full-text
 * search (tsvector in the report's language config, GIN, websearch_to_tsquery in every config OR'ed, ts_rank)
 * on the same corpus. The corpus goes in through the real import, the index catches up through the real
 * outbox and indexer. The figures are printed and written to target/relevance-report.md.
 */
// a context of its own: it fills an index of its own (index-dir) with the judged corpus and nothing else
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:relevance;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=false",
        "shamy.search.index-dir=target/relevance-index/${random.uuid}",
        "camunda.bpm.job-execution.enabled=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceTests {

    static final String CORPUS = "demo/archive-reports.jsonl";
    static final String JUDGEMENTS = "relevance/judgements.json";
    static final String DRAFT_AUTHOR = "teacher5";
    static final String DRAFT_TITLE = "Reading diaries in a multi-grade class (draft)";
    static final String DRAFT_KEY = "draft-of-teacher5";
    static final int K = 10;

    @Autowired ReportImports imports;
    @Autowired Reports reports;
    @Autowired ReportIndexer indexer;
    @Autowired ReportIndex index;
    @Autowired ReportSearch search;
    @Autowired SearchSource source;
    @Autowired JdbcTemplate h2;
    @Autowired ObjectMapper json;

    private EmbeddedPostgres pg;
    private JdbcTemplate postgres;
    private final Map<String, String> keyByTitle = new HashMap<>();
    private final List<JsonNode> corpus = new ArrayList<>();
    /** Records that give no language, with the language the import detected for them. */
    private final Map<String, String> detected = new LinkedHashMap<>();

    @BeforeAll
    void importCorpusIntoShamyAndPostgres() throws IOException {
        String lines = read(CORPUS);
        for (String line : lines.split("\n")) {
            if (!line.isBlank()) {
                JsonNode record = json.readTree(line);
                corpus.add(record);
                keyByTitle.put(record.get("title").asText(), record.get("key").asText());
            }
        }
        assertThat(imports.importJsonLines(lines, "admin")).isEqualTo(corpus.size());
        reports.submitDraft(draft());
        keyByTitle.put(DRAFT_TITLE, DRAFT_KEY);
        long expected = corpus.size() + 1L;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    indexer.catchUp();
                    return index.count() == expected && source.count() == expected;
                });
        startPostgres();
    }

    @AfterAll
    void stopPostgres() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void shamyRanksJudgedReportsAtLeastAsWellAsPostgresFullTextSearch() throws IOException {
        JsonNode queries = json.readTree(read(JUDGEMENTS)).get("queries");
        assertThat(queries.size()).isGreaterThanOrEqualTo(30);
        List<Row> rows = new ArrayList<>();
        for (JsonNode query : queries) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            query.get("relevant").fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
            assertThat(grades.keySet()).as(query.get("id").asText()).allMatch(keyByTitle::containsValue);
            List<String> shamy = shamy(query);
            List<String> postgresHits = postgres(query);
            if (query.path("trimming").asBoolean()) {
                assertThat(shamy).as("Shamy shows " + user(query) + " nobody else's draft").doesNotContain(DRAFT_KEY);
                assertThat(postgresHits).doesNotContain(DRAFT_KEY);
            }
            rows.add(new Row(query.get("id").asText(), query.get("kind").asText(), query.get("q").asText(),
                    ndcg(shamy, grades), reciprocalRank(shamy, grades), ndcg(postgresHits, grades),
                    reciprocalRank(postgresHits, grades), shamy));
        }
        double shamyNdcg = rows.stream().mapToDouble(Row::shamyNdcg).average().orElseThrow();
        double shamyMrr = rows.stream().mapToDouble(Row::shamyRr).average().orElseThrow();
        double pgNdcg = rows.stream().mapToDouble(Row::pgNdcg).average().orElseThrow();
        double pgMrr = rows.stream().mapToDouble(Row::pgRr).average().orElseThrow();
        String report = report(rows, shamyNdcg, shamyMrr, pgNdcg, pgMrr);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/relevance-report.md"), report);

        assertThat(shamyNdcg).as("Shamy nDCG@10").isGreaterThanOrEqualTo(0.80);
        assertThat(shamyMrr).as("Shamy MRR").isGreaterThanOrEqualTo(0.85);
        assertThat(shamyNdcg).as("Shamy nDCG@10 against PostgreSQL's").isGreaterThanOrEqualTo(pgNdcg);
        assertThat(shamyMrr).as("Shamy MRR against PostgreSQL's").isGreaterThanOrEqualTo(pgMrr);
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
        JsonNode judged = json.readTree(read(JUDGEMENTS)).get("queries");
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

    // --- the two engines ---------------------------------------------------------------------------------

    private List<String> shamy(JsonNode query) {
        return keys(search.search(request(query.get("q").asText(), text(query, "language"), text(query, "region")),
                user(query)));
    }

    private List<String> keys(SearchResponse response) {
        return response.hits().stream().map(hit -> keyByTitle.getOrDefault(hit.title(), "?" + hit.title())).toList();
    }

    private static SearchRequest request(String q, String language, String region) {
        return SearchRequests.of(q, language, region, null, null, null, "relevance", 0, K);
    }

    private void startPostgres() throws IOException {
        pg = EmbeddedPostgres.builder().start();
        postgres = new JdbcTemplate(pg.getPostgresDatabase());
        postgres.execute("create table report (key text primary key, language text not null, region text not null,"
                + " published boolean not null, reader text, doc tsvector not null)");
        postgres.execute("create index report_doc on report using gin (doc)");
        // the language each report was stored with (detected where the record gave none), as Shamy indexes it
        Map<String, String> languageByTitle = new HashMap<>();
        h2.query("select title, language from shamy.project_report",
                rs -> { languageByTitle.put(rs.getString(1), rs.getString(2)); });
        for (JsonNode r : corpus) {
            String language = languageByTitle.get(r.get("title").asText());
            if (!r.hasNonNull("language")) {
                detected.put(r.get("key").asText(), language);
            }
            insert(r.get("key").asText(), language, r.get("region").asText(), true, null,
                    String.join("\n", r.get("title").asText(), r.get("summary").asText(),
                            String.join(", ", strings(r.get("keywords"))), r.get("body").asText()));
        }
        insert(DRAFT_KEY, "en", "Abai", false, DRAFT_AUTHOR, DRAFT_TITLE + "\n" + draftSummary());
    }

    private void insert(String key, String language, String region, boolean published, String reader, String text) {
        postgres.update("insert into report values (?, ?, ?, ?, ?, to_tsvector(cast(? as regconfig), ?))", key,
                language, region, published, reader, config(language), text);
    }

    private static String config(String language) {
        return switch (language) {
            case "ru" -> "russian";
            case "en" -> "english";
            default -> "simple";
        };
    }

    private List<String> postgres(JsonNode query) {
        String q = query.get("q").asText();
        StringBuilder sql = new StringBuilder("select key from report, (select websearch_to_tsquery('russian', ?)"
                + " || websearch_to_tsquery('english', ?) || websearch_to_tsquery('simple', ?) as q) query"
                + " where doc @@ query.q and (published or reader = ?)");
        List<Object> args = new ArrayList<>(List.of(q, q, q, user(query)));
        for (String facet : List.of("language", "region")) {
            if (text(query, facet) != null) {
                sql.append(" and ").append(facet).append(" = ?");
                args.add(text(query, facet));
            }
        }
        sql.append(" order by ts_rank(doc, query.q) desc, key limit ").append(K);
        return postgres.queryForList(sql.toString(), String.class, args.toArray());
    }

    // --- measures --------------------------------------------------------------------------------------

    static double ndcg(List<String> ranked, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0), i);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade, int position) {
        return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
    }

    static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    record Row(String id, String kind, String q, double shamyNdcg, double shamyRr, double pgNdcg, double pgRr,
            List<String> shamyHits) {
    }

    private static String report(List<Row> rows, double shamyNdcg, double shamyMrr, double pgNdcg, double pgMrr) {
        StringBuilder out = new StringBuilder("# Relevance: Shamy vs PostgreSQL full-text search\n\n")
                .append("| query | kind | q | Shamy nDCG@10 | Shamy RR | PostgreSQL nDCG@10 | PostgreSQL RR |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %.3f | %.3f | %.3f | %.3f |%n", r.id(), r.kind(),
                    r.q().replace("|", "\\|"), r.shamyNdcg(), r.shamyRr(), r.pgNdcg(), r.pgRr()));
        }
        out.append(String.format(Locale.ROOT, "| **mean** (%d queries) | | | **%.3f** | **%.3f** | **%.3f** | **%.3f** |%n",
                rows.size(), shamyNdcg, shamyMrr, pgNdcg, pgMrr));
        out.append("\nShamy's top hits where nDCG@10 < 1:\n\n");
        rows.stream().filter(r -> r.shamyNdcg() < 0.999)
                .forEach(r -> out.append("- ").append(r.id()).append(": ").append(r.shamyHits()).append('\n'));
        return out.toString();
    }

    // --- fixtures --------------------------------------------------------------------------------------

    private static ReportDraft draft() {
        return new ReportDraft(990_001L, DRAFT_AUTHOR, null, DRAFT_TITLE, "en", "Primary education", "2025-2026",
                draftSummary(), "Reading diaries kept by pupils of grades two and four, a draft not yet signed off.",
                "reading diaries, multi-grade reading", "facilitator2");
    }

    private static String draftSummary() {
        return ("In my multi-grade class the pupils keep reading diaries in which they note every book they read "
                + "and one question about it. ").repeat(25);
    }

    private static String user(JsonNode query) {
        return query.path("user").asText("teacher1");
    }

    private static String text(JsonNode query, String field) {
        return query.hasNonNull(field) ? query.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
