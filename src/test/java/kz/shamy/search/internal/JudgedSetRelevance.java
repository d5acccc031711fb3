package kz.shamy.search.internal;

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
import java.util.TreeMap;
import kz.shamy.reports.ReportImports;
import kz.shamy.search.SearchSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A judged set of reports and queries, and three engines ranked on it: Shamy (the real import, outbox and
 * indexer, {@code ReportSearch} as {@code GET /api/search} calls it), PostgreSQL full-text search (a
 * {@code tsvector} per report in its language's configuration, {@code simple} for Kazakh, a GIN index,
 * {@code websearch_to_tsquery} in the three configurations OR'ed, {@code ts_rank}) and {@link StockLucene}; the
 * same visibility rule and facet filters for all three. Measures: nDCG@10 and reciprocal rank per query, their
 * means over the set and per kind of query, written to {@code target/relevance-<name>.md}.
 * A subclass names its corpus and judgements, may add reports of its own after the import, and asserts its bars.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JudgedSetRelevance {

    static final int K = 10;
    static final List<String> ENGINES = List.of("Shamy", "PostgreSQL", "stock Lucene");

    @Autowired ReportImports imports;
    @Autowired ReportIndexer indexer;
    @Autowired ReportIndex index;
    @Autowired ReportSearch search;
    @Autowired SearchSource source;
    @Autowired JdbcTemplate h2;
    @Autowired ObjectMapper json;

    private EmbeddedPostgres pg;
    private JdbcTemplate postgres;
    private StockLucene stock;
    protected final Map<String, String> keyByTitle = new HashMap<>();
    protected final List<JsonNode> corpus = new ArrayList<>();
    /** Records that give no language, with the language the import detected for them. */
    protected final Map<String, String> detected = new LinkedHashMap<>();
    private final List<StockLucene.Doc> stockDocs = new ArrayList<>();

    /** The corpus (JSON lines on the class path, each with a {@code key}) and its judgements. */
    abstract String corpusResource();

    abstract String judgementsResource();

    /** A short name for the report file. */
    abstract String name();

    /** Reports added after the import (drafts), each already added to all three engines; how many. */
    int addOwnReports() {
        return 0;
    }

    @BeforeAll
    void importCorpusIntoEveryEngine() throws IOException {
        String lines = read(corpusResource());
        for (String line : lines.split("\n")) {
            if (!line.isBlank()) {
                JsonNode record = json.readTree(line);
                corpus.add(record);
                keyByTitle.put(record.get("title").asText(), record.get("key").asText());
            }
        }
        assertThat(keyByTitle).as("titles name reports").hasSize(corpus.size());
        assertThat(imports.importJsonLines(lines, "admin")).isEqualTo(corpus.size());
        startPostgres();
        int own = addOwnReports();
        long expected = corpus.size() + (long) own;
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    indexer.catchUp();
                    return index.count() == expected && source.count() == expected;
                });
        stock = new StockLucene(stockDocs);
    }

    @AfterAll
    void stopPostgres() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    // --- the judged queries and the run ----------------------------------------------------------------

    record Judged(String id, String kind, String q, String language, String region, String user, boolean trimming,
            Map<String, Integer> grades) {
    }

    /** One query's scores: engine → nDCG@10, engine → reciprocal rank, engine → its top keys. */
    record Row(Judged query, Map<String, Double> ndcg, Map<String, Double> rr, Map<String, List<String>> hits) {
    }

    List<Judged> judged() throws IOException {
        List<Judged> queries = new ArrayList<>();
        for (JsonNode query : json.readTree(read(judgementsResource())).get("queries")) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            query.get("relevant").fields().forEachRemaining(e -> grades.put(e.getKey(), e.getValue().asInt()));
            queries.add(new Judged(query.get("id").asText(), query.get("kind").asText(), query.get("q").asText(),
                    text(query, "language"), text(query, "region"), query.path("user").asText("teacher1"),
                    query.path("trimming").asBoolean(), grades));
        }
        return queries;
    }

    List<String> hits(String engine, Judged query) {
        return switch (engine) {
            case "Shamy" -> keys(search.search(SearchRequests.of(query.q(), query.language(), query.region(), null,
                    null, null, "relevance", 0, K), query.user()));
            case "PostgreSQL" -> postgres(query);
            case "stock Lucene" -> stock.search(query.q(), query.language(), query.region(), query.user(), K);
            default -> throw new IllegalArgumentException(engine);
        };
    }

    /** Every judged query on every engine; the report is printed and written to target/relevance-NAME.md. */
    List<Row> run() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Judged query : judged()) {
            assertThat(query.grades().keySet()).as(query.id()).allMatch(keyByTitle::containsValue);
            Map<String, Double> ndcg = new LinkedHashMap<>();
            Map<String, Double> rr = new LinkedHashMap<>();
            Map<String, List<String>> hits = new LinkedHashMap<>();
            for (String engine : ENGINES) {
                List<String> ranked = hits(engine, query);
                hits.put(engine, ranked);
                ndcg.put(engine, ndcg(ranked, query.grades()));
                rr.put(engine, reciprocalRank(ranked, query.grades()));
            }
            rows.add(new Row(query, ndcg, rr, hits));
        }
        String report = report(rows);
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "relevance-" + name() + ".md"), report);
        return rows;
    }

    static double mean(List<Row> rows, String engine, boolean ndcg) {
        return rows.stream().mapToDouble(r -> (ndcg ? r.ndcg() : r.rr()).get(engine)).average().orElseThrow();
    }

    /** Kind → mean nDCG@10 of that engine, in the judgements' order of kinds. */
    static Map<String, Double> byKind(List<Row> rows, String engine) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        rows.forEach(r -> values.computeIfAbsent(r.query().kind(), k -> new ArrayList<>()).add(r.ndcg().get(engine)));
        Map<String, Double> means = new LinkedHashMap<>();
        values.forEach((kind, list) -> means.put(kind, list.stream().mapToDouble(Double::doubleValue).average()
                .orElseThrow()));
        return means;
    }

    // --- PostgreSQL ------------------------------------------------------------------------------------

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
    }

    /** A report for PostgreSQL and stock Lucene (Shamy has it through its import or its drafts). */
    void insert(String key, String language, String region, boolean published, String reader, String text) {
        postgres.update("insert into report values (?, ?, ?, ?, ?, to_tsvector(cast(? as regconfig), ?))", key,
                language, region, published, reader, config(language), text);
        stockDocs.add(new StockLucene.Doc(key, language, region, published, reader, text));
    }

    private static String config(String language) {
        return switch (language) {
            case "ru" -> "russian";
            case "en" -> "english";
            default -> "simple";
        };
    }

    private List<String> postgres(Judged query) {
        String q = query.q();
        StringBuilder sql = new StringBuilder("select key from report, (select websearch_to_tsquery('russian', ?)"
                + " || websearch_to_tsquery('english', ?) || websearch_to_tsquery('simple', ?) as q) query"
                + " where doc @@ query.q and (published or reader = ?)");
        List<Object> args = new ArrayList<>(List.of(q, q, q, query.user()));
        if (query.language() != null) {
            sql.append(" and language = ?");
            args.add(query.language());
        }
        if (query.region() != null) {
            sql.append(" and region = ?");
            args.add(query.region());
        }
        sql.append(" order by ts_rank(doc, query.q) desc, key limit ").append(K);
        return postgres.queryForList(sql.toString(), String.class, args.toArray());
    }

    List<String> keys(SearchResponse response) {
        return response.hits().stream().map(hit -> keyByTitle.getOrDefault(hit.title(), "?" + hit.title())).toList();
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

    private String report(List<Row> rows) {
        StringBuilder out = new StringBuilder("# Relevance on " + name() + ": " + corpus.size() + " reports, "
                + rows.size() + " judged queries\n\n| Engine | nDCG@10 | MRR |\n|---|---|---|\n");
        for (String engine : ENGINES) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", engine, mean(rows, engine, true),
                    mean(rows, engine, false)));
        }
        out.append("\nnDCG@10 by kind of query:\n\n| Kind | Queries |");
        ENGINES.forEach(e -> out.append(' ').append(e).append(" |"));
        out.append("\n|---|---|").append("---|".repeat(ENGINES.size())).append('\n');
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.query().kind(), 1L, Long::sum));
        Map<String, Map<String, Double>> kinds = new LinkedHashMap<>();
        ENGINES.forEach(e -> kinds.put(e, byKind(rows, e)));
        for (String kind : kinds.get("Shamy").keySet()) {
            out.append("| ").append(kind).append(" | ").append(counts.get(kind)).append(" |");
            ENGINES.forEach(e -> out.append(String.format(Locale.ROOT, " %.3f |", kinds.get(e).get(kind))));
            out.append('\n');
        }
        out.append("\n| query | kind | q |");
        ENGINES.forEach(e -> out.append(' ').append(e).append(" nDCG@10 |"));
        out.append("\n|---|---|---|").append("---|".repeat(ENGINES.size())).append('\n');
        for (Row r : rows) {
            out.append(String.format("| %s | %s | `%s` |", r.query().id(), r.query().kind(),
                    r.query().q().replace("|", "\\|")));
            ENGINES.forEach(e -> out.append(String.format(Locale.ROOT, " %.3f |", r.ndcg().get(e))));
            out.append('\n');
        }
        out.append("\nShamy's top hits where its nDCG@10 < 1 (grade in brackets):\n\n");
        rows.stream().filter(r -> r.ndcg().get("Shamy") < 0.999).forEach(r -> out.append("- ").append(r.query().id())
                .append(": ").append(r.hits().get("Shamy").stream()
                        .map(k -> k + "(" + r.query().grades().getOrDefault(k, 0) + ")").toList()).append('\n'));
        return out.toString();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    static String text(JsonNode query, String field) {
        return query.hasNonNull(field) ? query.get(field).asText() : null;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    static String read(String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
