package kz.shamy.search.internal;

import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * Search speed on 100,000 generated reports: indexing through Shamy's own pipeline against raw Lucene, and query
 * latency through ReportSearch against PostgreSQL full-text search, in one run. Not a test: it asserts nothing about
 * speed and runs only with {@code ./mvnw -Pbenchmark test}. It prints a table and, for the full corpus, writes the
 * "Search speed" section of docs/BENCHMARKS.md.
 *
 * <p>System properties: {@code benchmark.reports} (100000), {@code benchmark.runs} (3 measured indexing runs per
 * pipeline), {@code benchmark.queries} (queries per client), {@code benchmark.cap} (seconds per latency phase);
 * for experiments {@code benchmark.batch}, {@code benchmark.backlogRefresh}, {@code benchmark.queryCache},
 * {@code benchmark.indexOnly} and {@code benchmark.queriesOnly}.
 */
class SearchBenchmark {

    private static final int REPORTS = Integer.getInteger("benchmark.reports", 100_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final int WARMUP_REPORTS = Math.min(REPORTS, 10_000);
    /** PostgreSQL's queries: at one client 400, at 8 clients 100 each (its 8-client run takes about a minute). */
    private static final int QUERIES_1 = Integer.getInteger("benchmark.queries", 400);
    private static final int QUERIES_8 = QUERIES_1 / 4;
    /**
     * Shamy answers a hundred times faster, so it runs five times PostgreSQL's count (2,000 at one client, 500 per
     * client at 8) in a few seconds: 800 queries took 1.2 s, too short for a steady 99th percentile.
     */
    private static final int SHAMY_QUERIES_1 = QUERIES_1 * 5;
    private static final int SHAMY_QUERIES_8 = QUERIES_8 * 5;
    private static final int WARMUP_QUERIES = 200;
    private static final long CAP_SECONDS = Long.getLong("benchmark.cap", 90);
    /** The indexer's batch: production's shamy.search.batch-size unless an experiment sets another. */
    private static final int BATCH = Integer.getInteger("benchmark.batch", 500);
    /** The indexer's refresh interval in a long catch-up: production's shamy.search.backlog-refresh unless set. */
    private static final Duration BACKLOG_REFRESH = Duration.parse(System.getProperty("benchmark.backlogRefresh",
            "PT10S"));
    /** Indexing only, for experiments: no PostgreSQL, no latency, nothing written to docs/. */
    private static final boolean INDEX_ONLY = Boolean.getBoolean("benchmark.indexOnly");
    /**
     * Shamy's query latency only, for experiments on the query side: reuses the index an earlier run left under
     * target/benchmark (indexing it once when missing or of another size); no raw Lucene, no PostgreSQL, nothing
     * written to docs/.
     */
    private static final boolean QUERIES_ONLY = Boolean.getBoolean("benchmark.queriesOnly");
    /**
     * Lucene's query cache on (the default) or off: the mix repeats 42 queries, so filters used often enough get
     * cached as bit sets, more often than with real users' queries; off shows the cost without that help.
     */
    private static final boolean QUERY_CACHE = Boolean.parseBoolean(System.getProperty("benchmark.queryCache", "true"));
    /** Per-query probe: each query of the mix alone, best of this many. */
    private static final int PROBE_TRIES = 5;
    private static final long SEED = 20_260_101L;
    private static final String STAFF = "staff1";
    private static final Path WORK = Path.of("target", "benchmark");

    private final ReportAnalysis analysis = new ShamyReportAnalysis();
    private final StringBuilder log = new StringBuilder();

    @Test
    void searchSpeed() throws Exception {
        String loadBefore = loadAverage();
        String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        if (!QUERY_CACHE) {
            IndexSearcher.setDefaultQueryCache(null);
        }
        if (QUERIES_ONLY) {
            queriesOnly(loadBefore);
            return;
        }
        deleteTree(WORK);
        long t0 = System.nanoTime();
        List<SearchDocument> reports = new BenchmarkCorpus(SEED).generate(REPORTS);
        say("Generated %,d reports in %.1f s: %s", REPORTS, (System.nanoTime() - t0) / 1e9, describe(reports));

        // indexing: a warm-up of each pipeline, then RUNS alternating measured runs of each
        shamyIndexing(reports.subList(0, WARMUP_REPORTS), "warmup-shamy", false);
        rawIndexing(reports.subList(0, WARMUP_REPORTS), "warmup-raw");
        List<Double> shamy = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        Opened opened = null;
        for (int run = 1; run <= RUNS; run++) {
            boolean last = run == RUNS;
            Opened o = shamyIndexing(reports, "shamy-" + run, last);
            shamy.add(o.perSecond);
            if (last) {
                opened = o;
            }
            raw.add(rawIndexing(reports, "raw-" + run));
        }
        double shamyMedian = median(shamy);
        double rawMedian = median(raw);
        say("Indexing (batch %d, refresh in a backlog every %s) reports/s: Shamy %s, raw Lucene %s; medians %.0f vs %.0f,"
                + " ratio %.2f", BATCH, BACKLOG_REFRESH, shamy, raw,
                shamyMedian, rawMedian, shamyMedian / rawMedian);
        if (INDEX_ONLY) {
            opened.fixture.close();
            return;
        }
        long luceneBytes = size(opened.folder);
        long rawBytes = size(WORK.resolve("raw-" + RUNS));

        // PostgreSQL on the same reports
        try (PostgresFullText pg = new PostgresFullText(); SearchFixtureOnDisk shamyIndex = opened.fixture) {
            long pgLoadMs = pg.load(reports);
            long[] pgSizes = pg.sizes();
            say("PostgreSQL loaded and indexed in %.1f s; table %s, indexes %s", pgLoadMs / 1e3,
                    mb(pgSizes[0]), mb(pgSizes[1]));
            reports = null;
            shamyIndex.releaseSource();

            LatencyRun.ClientFactory shamyClients = () -> spec -> shamyIndex.search.search(spec.request(), STAFF);
            LatencyRun.ClientFactory onCallers = () -> spec -> shamyIndex.searchOnCallers.search(spec.request(), STAFF);
            LatencyRun.ClientFactory pgClients = () -> {
                PostgresFullText.Client client = pg.new Client();
                return new LatencyRun.Client() {
                    @Override
                    public void search(BenchmarkQueries.Spec spec) throws Exception {
                        client.search(spec, STAFF);
                    }

                    @Override
                    public void close() throws Exception {
                        client.close();
                    }
                };
            };
            LatencyRun.run(shamyClients, 1, WARMUP_QUERIES, SEED + 1, CAP_SECONDS);
            LatencyRun.run(shamyClients, 8, WARMUP_QUERIES / 8, SEED + 1, CAP_SECONDS);
            LatencyRun.run(pgClients, 1, WARMUP_QUERIES, SEED + 1, CAP_SECONDS);
            LatencyRun.Result shamy1 = LatencyRun.run(shamyClients, 1, SHAMY_QUERIES_1, SEED, CAP_SECONDS);
            LatencyRun.Result pg1 = LatencyRun.run(pgClients, 1, QUERIES_1, SEED, CAP_SECONDS);
            LatencyRun.Result shamy8 = LatencyRun.run(shamyClients, 8, SHAMY_QUERIES_8, SEED, CAP_SECONDS);
            LatencyRun.Result shamy8Callers = LatencyRun.run(onCallers, 8, SHAMY_QUERIES_8, SEED, CAP_SECONDS);
            LatencyRun.Result pg8 = LatencyRun.run(pgClients, 8, QUERIES_8, SEED, CAP_SECONDS);
            probe(shamyIndex);
            String loadAfter = loadAverage();

            String table = table(shamy, raw, shamyMedian, rawMedian, luceneBytes, rawBytes, pgSizes, pgLoadMs,
                    List.of(shamy1, shamy8), List.of(pg1, pg8), shamy8Callers, shamyIndex.pool.threads());
            System.out.println(table);
            if (REPORTS == 100_000 && BATCH == 500 && BACKLOG_REFRESH.equals(Duration.ofSeconds(10)) && QUERY_CACHE) {
                writeSection(started, loadBefore, loadAfter, table, opened.segments);
            } else {
                System.out.println("Not written to docs/BENCHMARKS.md: only " + REPORTS + " reports");
            }
        }
    }

    private void queriesOnly(String loadBefore) throws Exception {
        Path folder = System.getProperty("benchmark.indexFolder") != null
                ? Path.of(System.getProperty("benchmark.indexFolder")) : WORK.resolve("shamy-" + RUNS);
        List<SearchDocument> reports = new BenchmarkCorpus(SEED).generate(REPORTS);
        SearchFixtureOnDisk fixture = new SearchFixtureOnDisk(folder, new BenchmarkSource(reports), analysis);
        // an index written with another schema (another analysis) is rebuilt: its words are not the ones searched
        if (fixture.index.count() != REPORTS || fixture.index.current().schema() != ReportDocuments.SCHEMA) {
            fixture.close();
            deleteTree(folder);
            fixture = shamyIndexing(reports, "shamy-" + RUNS, true).fixture;
        }
        reports = null;
        fixture.releaseSource();
        try (SearchFixtureOnDisk shamyIndex = fixture) {
            int segments = shamyIndex.index.withSearcher(s -> s.getIndexReader().leaves().size());
            say("Queries only, on %,d reports in %d segments, query cache %s; load average before %s", REPORTS, segments,
                    QUERY_CACHE ? "on" : "off", loadBefore);
            LatencyRun.ClientFactory clients = () -> spec -> shamyIndex.search.search(spec.request(), STAFF);
            LatencyRun.run(clients, 1, WARMUP_QUERIES, SEED + 1, CAP_SECONDS);
            LatencyRun.run(clients, 8, WARMUP_QUERIES / 8, SEED + 1, CAP_SECONDS);
            StringBuilder t = new StringBuilder("| Engine | Clients | Queries | p50 ms | p99 ms | max ms | queries/s |\n");
            LatencyRun.ClientFactory onCallers = () -> spec -> shamyIndex.searchOnCallers.search(spec.request(), STAFF);
            LatencyRun.run(onCallers, 8, WARMUP_QUERIES / 8, SEED + 1, CAP_SECONDS);
            row(t, "Shamy ReportSearch", LatencyRun.run(clients, 1, SHAMY_QUERIES_1, SEED, CAP_SECONDS));
            row(t, onPool(shamyIndex.pool.threads()), LatencyRun.run(clients, 8, SHAMY_QUERIES_8, SEED, CAP_SECONDS));
            row(t, ON_CALLERS, LatencyRun.run(onCallers, 8, SHAMY_QUERIES_8, SEED, CAP_SECONDS));
            System.out.println(t);
            probe(shamyIndex);
            say("Load average after: %s", loadAverage());
        }
    }

    /**
     * Each query of the mix alone on one client, best of {@link #PROBE_TRIES}: where the tail of the latency runs
     * comes from. The whole search as the API runs it, then its steps one by one on the same searcher: matching
     * every visible report unscored (a count), collecting them for facets and counting the facets, the top ten by
     * score with every match scored (an exact total), the top ten with the total exact only up to 1,000 (Lucene
     * may then skip blocks that cannot reach the top ten), and highlighting those ten.
     */
    private void probe(SearchFixtureOnDisk fixture) throws IOException {
        say("Per-query probe (one client, best of %d), ms: search | count, total and facets, top 10 scoring every"
                + " match, top 10 with skipping, highlight | total, kind, query",
                PROBE_TRIES);
        ReportQueries queries = new ReportQueries(analysis);
        for (BenchmarkQueries.Spec spec : BenchmarkQueries.MIX) {
            SearchRequest request = spec.request();
            long[] best = new long[6];
            Arrays.fill(best, Long.MAX_VALUE);
            SearchResponse response = null;
            for (int i = 0; i < PROBE_TRIES; i++) {
                long t0 = System.nanoTime();
                response = fixture.search.search(request, STAFF);
                best[0] = Math.min(best[0], System.nanoTime() - t0);
                long[] steps = fixture.index.withSearcher(searcher -> {
                    UserQuery parsed = UserQuery.parse(request.q());
                    Query query = ReportQueries.trimmed(queries.text(parsed), STAFF, request.facetFilters());
                    Query matching = ReportQueries.trimmed(queries.matching(parsed), STAFF, Map.of());
                    long[] t = new long[5];
                    long s0 = System.nanoTime();
                    searcher.count(matching);
                    t[0] = System.nanoTime() - s0;
                    s0 = System.nanoTime();
                    searcher.search(matching, new FacetPass(searcher.facets(), request.facetFilters(), null))
                            .facets(ReportSearch.FACET_VALUES, false);
                    t[1] = System.nanoTime() - s0;
                    s0 = System.nanoTime();
                    searcher.search(query, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
                    t[2] = System.nanoTime() - s0;
                    s0 = System.nanoTime();
                    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, null, 10));
                    t[3] = System.nanoTime() - s0;
                    s0 = System.nanoTime();
                    fixture.search.highlightedHits(searcher, top.scoreDocs, parsed);
                    t[4] = System.nanoTime() - s0;
                    return t;
                });
                for (int k = 0; k < 5; k++) {
                    best[k + 1] = Math.min(best[k + 1], steps[k]);
                }
            }
            String filters = Stream.of(spec.region(), spec.subject(), spec.year())
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
            say("  %7.2f | %6.2f %6.2f %6.2f %6.2f %6.2f | %8d  %-12s %s%s", best[0] / 1e6, best[1] / 1e6,
                    best[2] / 1e6, best[3] / 1e6, best[4] / 1e6, best[5] / 1e6, response.total(), spec.kind(), spec.q(),
                    filters.isEmpty() ? "" : " [" + filters + "]");
        }
    }

    /** Shamy's own pipeline as production runs it, minus the database: outbox catch-up in batches of 500. */
    private Opened shamyIndexing(List<SearchDocument> reports, String name, boolean keepOpen) throws Exception {
        Path folder = WORK.resolve(name);
        SearchFixtureOnDisk fixture = new SearchFixtureOnDisk(folder, new BenchmarkSource(reports), analysis);
        long start = System.nanoTime();
        int applied = fixture.indexer.catchUp();
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = applied / seconds;
        int segments = fixture.index.withSearcher(s -> s.getIndexReader().leaves().size());
        say("%s: %,d reports in %.1f s = %.0f reports/s, %d segments, %s", name, applied, seconds, perSecond,
                segments, mb(size(folder)));
        if (!keepOpen) {
            fixture.close();
            deleteTree(folder);
        }
        return new Opened(fixture, folder, perSecond, segments);
    }

    private record Opened(SearchFixtureOnDisk fixture, Path folder, double perSecond, int segments) {
    }

    /** The floor: an IndexWriter with default settings, the same analyzers and documents (ReportDocuments), one commit
     * at the end. */
    private double rawIndexing(List<SearchDocument> reports, String name) throws IOException {
        Path folder = WORK.resolve(name);
        long start = System.nanoTime();
        try (FSDirectory dir = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(ReportFields.analyzer(analysis)))) {
            for (SearchDocument report : reports) {
                writer.addDocument(ReportDocuments.toDocument(report));
            }
            writer.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            int segments;
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                segments = reader.leaves().size();
            }
            say("%s: %,d reports in %.1f s = %.0f reports/s, %d segments, %s", name, reports.size(), seconds,
                    reports.size() / seconds, segments, mb(size(folder)));
            return reports.size() / seconds;
        } finally {
            if (!name.equals("raw-" + RUNS)) {
                deleteTree(folder);
            }
        }
    }

    private static final String ON_CALLERS = "Shamy ReportSearch, each search on its caller's thread (no pool)";

    private static String onPool(int threads) {
        return "Shamy ReportSearch on the search pool (" + threads + " threads)";
    }

    /** The search feature wired as Spring wires it, on an FSDirectory under target/benchmark. */
    static final class SearchFixtureOnDisk implements AutoCloseable {
        final ReportIndex index;
        final ReportIndexer indexer;
        final ReportSearch search;
        /** The same search on each caller's thread, for comparison. */
        final ReportSearch searchOnCallers;
        final SearchPool pool = new SearchPool(Integer.getInteger("benchmark.threads", 0), 1000, Duration.ofMinutes(1));
        private final SearchSource source;

        SearchFixtureOnDisk(Path folder, SearchSource source, ReportAnalysis analysis) throws IOException {
            this.source = source;
            this.index = new ReportIndex(new FsIndexStore(folder), analysis);
            this.indexer = new ReportIndexer(index, source, BATCH, BACKLOG_REFRESH);
            this.search = new ReportSearch(index, new ReportQueries(analysis), analysis, pool);
            this.searchOnCallers = new ReportSearch(index, new ReportQueries(analysis), analysis, SearchPool.callers());
        }

        /**
         * Indexing is over: the generated reports need not stay in the heap. A full collection then clears them
         * out, so that during the latency runs young collections do not keep copying the part of the corpus that
         * dead old objects still point at (300-400 MB of survivors, 30-50 ms pauses in the queries-only runs).
         */
        void releaseSource() {
            if (source instanceof BenchmarkSource benchmark) {
                benchmark.release();
            }
            System.gc();
        }

        @Override
        public void close() {
            pool.stop();
            index.close();
        }
    }

    private String table(List<Double> shamy, List<Double> raw, double shamyMedian, double rawMedian,
            long luceneBytes, long rawBytes, long[] pgSizes, long pgLoadMs, List<LatencyRun.Result> lucene,
            List<LatencyRun.Result> pg, LatencyRun.Result onCallers, int threads) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Indexing %,d reports (median of %d runs, after a %,d-report warm-up of each)%n%n",
                REPORTS, RUNS, WARMUP_REPORTS));
        t.append("| Pipeline | Runs (reports/s) | Median reports/s | Index on disk |\n|---|---|---|---|\n");
        t.append(String.format(Locale.ROOT, "| Shamy (ReportIndexer → ReportIndex, FSDirectory) | %s | %.0f | %s |%n",
                runs(shamy), shamyMedian, mb(luceneBytes)));
        t.append(String.format(Locale.ROOT, "| Raw Lucene IndexWriter, same analyzers and fields | %s | %.0f | %s |%n",
                runs(raw), rawMedian, mb(rawBytes)));
        t.append(String.format(Locale.ROOT, "| PostgreSQL COPY + generated tsvector + GIN (one load) | – | %.0f | table %s + indexes %s |%n",
                REPORTS / (pgLoadMs / 1e3), mb(pgSizes[0]), mb(pgSizes[1])));
        t.append(String.format(Locale.ROOT, "%nShamy / raw Lucene: **%.2f×** (goal ≥ 0.80×)%n%n", shamyMedian / rawMedian));
        t.append("Query latency (closed loop, no think time)\n\n");
        t.append("| Engine | Clients | Queries | p50 ms | p99 ms | max ms | queries/s |\n|---|---|---|---|---|---|---|\n");
        row(t, "Shamy ReportSearch", lucene.get(0));
        row(t, "PostgreSQL FTS", pg.get(0));
        row(t, onPool(threads), lucene.get(1));
        row(t, ON_CALLERS, onCallers);
        row(t, "PostgreSQL FTS", pg.get(1));
        return t.toString();
    }

    private static void row(StringBuilder t, String engine, LatencyRun.Result r) {
        t.append(String.format(Locale.ROOT, "| %s | %d | %d%s | %.2f | %.2f | %.1f | %.1f |%n", engine, r.clients(),
                r.queries(), r.capped() ? " (cap hit)" : "", r.p50Ms(), r.p99Ms(), r.maxMs(), r.throughput()));
    }

    private static String runs(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }

    private void writeSection(String started, String loadBefore, String loadAfter, String table, int segments)
            throws IOException {
        Path file = Path.of("docs", "BENCHMARKS.md");
        String section = "## Search speed\n\n"
                + "<!-- measured section: written by SearchBenchmark; the reading below it is by hand -->\n\n"
                + "Run " + started + " on " + machine() + ". Load average (1/5/15 min) before: " + loadBefore
                + "; after: " + loadAfter + ".\n\n"
                + "```\n./mvnw -B -o -Pbenchmark test -Dbenchmark.runs=" + RUNS + "\n```\n\n"
                + table + "\nShamy's index after the last run: " + segments + " segments.\n\n"
                + "Run log:\n\n```\n" + log + "```\n";
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int at = existing.indexOf("## Search speed");
        String updated;
        if (at < 0) {
            updated = existing + (existing.endsWith("\n\n") ? "" : "\n") + section;
        } else {
            int end = existing.indexOf("\n### Reading", at);
            if (end < 0) {
                end = existing.indexOf("\n## ", at + 3);
            }
            updated = existing.substring(0, at) + section + (end < 0 ? "" : existing.substring(end));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }

    private static String machine() {
        String memory = "?";
        try {
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.1f GB RAM",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("?");
        } catch (IOException ignored) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " CPUs (nproc), " + memory + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String describe(List<SearchDocument> reports) {
        long kk = reports.stream().filter(r -> r.language().equals("kk")).count();
        long latin = reports.stream().filter(r -> r.language().equals("kk") && r.title().matches(".*[a-zA-Z].*"))
                .count();
        long ru = reports.stream().filter(r -> r.language().equals("ru")).count();
        long drafts = reports.stream().filter(r -> !r.published()).count();
        double summaryWords = reports.stream().mapToInt(r -> r.summary().split("\\s+").length).average().orElse(0);
        double bodyWords = reports.stream().mapToInt(r -> r.body().split("\\s+").length).average().orElse(0);
        long chars = reports.stream().mapToLong(r -> ReportDocuments.text(r).length()).sum();
        return String.format(Locale.ROOT, "kk %d (of which Latin %d), ru %d, en %d; drafts %d; summary %.0f words,"
                + " body %.0f words on average; %.0f MB of text", kk, latin, ru, reports.size() - kk - ru, drafts,
                summaryWords, bodyWords, chars / 1e6);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        log.append(line).append('\n');
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
