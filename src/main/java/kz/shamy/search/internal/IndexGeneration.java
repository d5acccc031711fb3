package kz.shamy.search.internal;

import kz.shamy.search.SearchDocument;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One physical index: its directory, writer and near-real-time searcher manager. The
 * outbox sequence the index has durably applied travels in each commit's user data, so a restart knows
 * where to resume. A generation that is swapped out is closed only once the last search using it is done.
 */
public class IndexGeneration {

    public static final String SEQUENCE = "shamy.outbox.sequence";
    /** The {@link ReportDocuments#SCHEMA} the documents were written with; absent (version 1) before it existed. */
    static final String SCHEMA = "shamy.index.schema";
    static final double RAM_BUFFER_MB = 64;
    private static final Logger log = LoggerFactory.getLogger(IndexGeneration.class);

    private final String name;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long sequence;
    private volatile int schema;
    private int users;
    private boolean retired;
    private boolean closed;
    private final Runnable afterClose;

    private IndexGeneration(String name, Directory directory, IndexWriter writer, Runnable afterClose)
            throws IOException {
        this.name = name;
        this.directory = directory;
        this.writer = writer;
        this.afterClose = afterClose;
        this.sequence = committedSequence(writer);
        this.schema = committedSchema(writer);
        FacetOrdinals.SegmentCache facetSegments = new FacetOrdinals.SegmentCache();
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new ReportSearcher(reader, facetSegments);
            }
        });
        // no reopen thread: only the indexer writes, and it refreshes when it has applied what it found (see
        // ReportIndexer), so a searcher is never reopened for nothing or half-way through a long catch-up
    }

    static IndexGeneration open(String name, Directory directory, Analyzer analyzer, Runnable afterClose)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // what is not committed with its sequence is applied again after a restart, never half-trusted
                .setCommitOnClose(false)
                // fewer, larger flushed segments during a catch-up, so fewer merges (the default is 16 MB)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        IndexWriter writer = new IndexWriter(directory, config);
        try {
            return new IndexGeneration(name, directory, writer, afterClose);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** The schema of the last commit; an index never committed has nothing in it yet, so it counts as current. */
    private static int committedSchema(IndexWriter writer) {
        Map<String, String> data = commitData(writer);
        if (data.isEmpty()) {
            return ReportDocuments.SCHEMA;
        }
        return Integer.parseInt(data.getOrDefault(SCHEMA, "1"));
    }

    private static long committedSequence(IndexWriter writer) {
        return Long.parseLong(commitData(writer).getOrDefault(SEQUENCE, "0"));
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    public String name() {
        return name;
    }

    /** The {@link ReportDocuments#SCHEMA} this generation's documents were written with. */
    public int schema() {
        return schema;
    }

    /** The last outbox sequence this generation has committed. */
    public long sequence() {
        return sequence;
    }

    void upsert(SearchDocument report) throws IOException {
        writer.updateDocument(ReportDocuments.idTerm(report.reportId()), ReportDocuments.toDocument(report));
    }

    void delete(long reportId) throws IOException {
        writer.deleteDocuments(ReportDocuments.idTerm(reportId));
    }

    /** Makes everything applied so far durable, together with the outbox sequence it reaches. */
    void commit(long appliedSequence) throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(SEQUENCE, Long.toString(appliedSequence));
        data.put(SCHEMA, Integer.toString(schema));
        writer.setLiveCommitData(data.entrySet(), true);
        writer.commit();
        sequence = appliedSequence;
    }

    /**
     * Merges the index into at most {@code maxSegments} segments and commits the merge with the sequence it
     * already had. Searches go on on the searcher they have; the next refresh sees the merged segments.
     */
    void compact(int maxSegments) throws IOException {
        writer.forceMerge(maxSegments);
        commit(sequence);
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    <T> T search(ReportIndex.SearchCall<T> call) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return call.apply((ReportSearcher) searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    synchronized boolean tryUse() {
        if (retired) {
            return false;
        }
        users++;
        return true;
    }

    synchronized void release() {
        users--;
        if (retired && users == 0) {
            closeNow();
        }
    }

    /** No new searches start here; closes now or when the last running search releases it. */
    synchronized void retire() {
        retired = true;
        if (users == 0) {
            closeNow();
        }
    }

    /** Abandons a generation that never became current (a failed rebuild). */
    void discard() {
        retire();
    }

    private void closeNow() {
        if (closed) {
            return;
        }
        closed = true;
        // in order: the searchers, the writer, the directory
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Closing index generation {} failed", name, e);
        }
        afterClose.run();
    }
}
