package kz.shamy.search.internal;

import java.io.IOException;
import java.time.Duration;

/** The search feature wired by hand on in-memory directories, as Spring wires it on disk. */
class SearchFixture implements AutoCloseable {

    final FakeSearchSource source;
    final InMemoryIndexStore store;
    final ReportAnalysis analysis = new ShamyReportAnalysis();
    final ReportIndex index;
    final ReportIndexer indexer;
    final Reindexer reindexer;
    final IndexStartupCheck startupCheck;
    final ReportSearch search;

    SearchFixture() throws IOException {
        this(new FakeSearchSource(), new InMemoryIndexStore());
    }

    SearchFixture(FakeSearchSource source, InMemoryIndexStore store) throws IOException {
        this(source, store, 500);
    }

    SearchFixture(FakeSearchSource source, InMemoryIndexStore store, int batchSize) throws IOException {
        this(source, store, batchSize, ReportIndexer.DEFAULT_COMPACT_AFTER, ReportIndexer.DEFAULT_COMPACT_SEGMENTS);
    }

    SearchFixture(FakeSearchSource source, InMemoryIndexStore store, int batchSize, int compactAfter,
            int compactSegments) throws IOException {
        this.source = source;
        this.store = store;
        this.index = new ReportIndex(store, analysis);
        this.indexer = new ReportIndexer(index, source, batchSize, Duration.ofSeconds(10),
                ReportIndexer.DEFAULT_MAX_ATTEMPTS, compactAfter, compactSegments);
        this.reindexer = new Reindexer(index, indexer, source);
        this.startupCheck = new IndexStartupCheck(index, indexer, reindexer, source);
        this.search = new ReportSearch(index, new ReportQueries(analysis), analysis, SearchPool.callers());
    }

    /** The same store and database, a new process. */
    SearchFixture restart() throws IOException {
        return new SearchFixture(source, store);
    }

    SearchResponse find(String q, String username) {
        return search.search(request(q, null, "relevance", 0, 10), username);
    }

    static SearchRequest request(String q, String region, String sort, int page, int size) {
        return SearchRequests.of(q, null, region, null, null, null, sort, page, size);
    }

    @Override
    public void close() {
        reindexer.stop();
        index.close();
    }
}
