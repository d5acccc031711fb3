package kz.shamy.search.internal;

import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the reports' outbox to the index in sequence order. Each entry is idempotent (an upsert reads the
 * report as it is now and replaces by id; a delete removes by id), and each batch is committed together
 * with the last sequence it applied, so a process killed at any moment resumes from the last commit and at
 * worst applies a few entries twice. What it applied becomes searchable when it has caught up (within the poll
 * interval of a change, normally), and every {@code backlog-refresh} while it works through a long backlog.
 *
 * <p>An entry that fails (its document makes the database, the analyzer or Lucene throw) is retried on the
 * next runs, what came before it being committed; after {@code shamy.search.max-attempts} failed attempts it
 * is set aside ({@link SearchSource#setAside}), logged, and the entries after it are applied, so one bad
 * report cannot hold up every later change. Administrators list and retry set-aside entries.
 */
@Component
public class ReportIndexer {

    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    /**
     * After a catch-up of this many changes (a rebuild, a restart after downtime, a bulk import) the index is
     * merged into at most {@link #DEFAULT_COMPACT_SEGMENTS} segments: a catch-up of 100,000 reports leaves about 20, and
     * every query pays for each segment (looking its words up in each one's terms, a scorer per segment): on the
     * benchmark the counting and scoring steps took 30-60% less time on 5 segments than on 20.
     */
    public static final int DEFAULT_COMPACT_AFTER = 10_000;
    public static final int DEFAULT_COMPACT_SEGMENTS = 5;
    private static final int MAX_ERROR_CHARS = 2000;
    private static final Logger log = LoggerFactory.getLogger(ReportIndexer.class);

    private final ReportIndex index;
    private final SearchSource source;
    private final int batchSize;
    private final Duration backlogRefresh;
    private final int maxAttempts;
    private final int compactAfter;
    private final int compactSegments;
    /** Told the sequence of each rebuild request the outbox brings (the Reindexer listens). */
    private volatile LongConsumer rebuildAsked = sequence -> { };

    ReportIndexer(ReportIndex index, SearchSource source, int batchSize, Duration backlogRefresh) {
        this(index, source, batchSize, backlogRefresh, DEFAULT_MAX_ATTEMPTS, DEFAULT_COMPACT_AFTER,
                DEFAULT_COMPACT_SEGMENTS);
    }

    @Autowired
    ReportIndexer(ReportIndex index, SearchSource source, @Value("${shamy.search.batch-size:500}") int batchSize,
            @Value("${shamy.search.backlog-refresh:PT10S}") Duration backlogRefresh,
            @Value("${shamy.search.max-attempts:" + DEFAULT_MAX_ATTEMPTS + "}") int maxAttempts,
            @Value("${shamy.search.compact-after:" + DEFAULT_COMPACT_AFTER + "}") int compactAfter,
            @Value("${shamy.search.compact-segments:" + DEFAULT_COMPACT_SEGMENTS + "}") int compactSegments) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("shamy.search.max-attempts must be 1 or more");
        }
        this.index = index;
        this.source = source;
        this.batchSize = batchSize;
        this.backlogRefresh = backlogRefresh;
        this.maxAttempts = maxAttempts;
        this.compactAfter = compactAfter;
        this.compactSegments = compactSegments;
    }

    /** Who starts a rebuild when the outbox asks for one ({@link IndexChange.Kind#REBUILD}). */
    void onRebuildAsked(LongConsumer listener) {
        this.rebuildAsked = listener;
    }

    /** Every second: whatever the outbox holds beyond the index's sequence. */
    @Scheduled(fixedDelayString = "${shamy.search.poll-interval:PT1S}")
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Applying the outbox failed; the next run retries from the last commit", e);
        }
    }

    /** Applies every pending outbox entry to the current index now; the number applied. */
    public synchronized int catchUp() {
        return applyPending(index.current());
    }

    /**
     * For a rebuild: brings {@code fresh} up to the outbox's end and swaps it in, holding the lock so no
     * entry lands in the old generation after the fresh one has caught up.
     */
    synchronized void catchUpAndSwap(IndexGeneration fresh) throws IOException {
        applyPending(fresh);
        index.swap(fresh);
    }

    public int applyPending(IndexGeneration generation) {
        int applied = 0;
        try {
            long last = generation.sequence();
            long refreshed = System.nanoTime();
            while (true) {
                List<IndexChange> changes = source.changesAfter(last, batchSize);
                for (IndexChange change : changes) {
                    try {
                        applyOrSetAside(generation, change);
                    } catch (IOException | RuntimeException e) {
                        // keep what came before it; it is tried again on the next run
                        commitBefore(generation, last, e);
                        throw e;
                    }
                    last = change.sequence();
                }
                if (!changes.isEmpty()) {
                    generation.commit(last);
                    applied += changes.size();
                }
                if (changes.size() < batchSize) {
                    break;
                }
                // a long catch-up (a restart after downtime, a bulk import) shows its progress now and then;
                // reopening after every batch would cost more than the batch
                if (System.nanoTime() - refreshed >= backlogRefresh.toNanos()) {
                    generation.refresh();
                    refreshed = System.nanoTime();
                }
            }
            compactAfterBulk(generation, applied);
            if (applied > 0) {
                generation.refresh();
            }
            return applied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges {@code generation}'s segments when {@code changes} written in one go are enough to need it. */
    void compactAfterBulk(IndexGeneration generation, long changes) throws IOException {
        if (changes >= compactAfter) {
            log.info("{} changes written; merging index {} into at most {} segments", changes, generation.name(),
                    compactSegments);
            generation.compact(compactSegments);
        }
    }

    /** Applies {@code change}, or sets it aside when this was its last allowed attempt; throws when it may retry. */
    private void applyOrSetAside(IndexGeneration generation, IndexChange change) throws IOException {
        try {
            apply(generation, change);
        } catch (AlreadyClosedException e) {
            // the index itself is closing or broken: no fault of this entry's
            throw e;
        } catch (IOException | RuntimeException e) {
            int attempts;
            try {
                attempts = source.failedAttempt(change, describe(e));
            } catch (RuntimeException notRecorded) {
                // the database is not answering either: nothing is counted, the entry waits
                e.addSuppressed(notRecorded);
                throw e;
            }
            if (attempts < maxAttempts) {
                throw e;
            }
            source.setAside(change);
            log.error("Outbox entry {} ({} of report {}) failed {} times and is set aside; the entries after it "
                    + "are applied. An administrator can retry it (POST /api/search/outbox/failed/{}/retry).",
                    change.sequence(), change.kind(), change.reportId(), attempts, change.sequence(), e);
        }
    }

    private static void commitBefore(IndexGeneration generation, long applied, Exception failure) {
        if (applied <= generation.sequence()) {
            return;
        }
        try {
            generation.commit(applied);
            generation.refresh();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    static String describe(Exception e) {
        String text = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > MAX_ERROR_CHARS ? text.substring(0, MAX_ERROR_CHARS - 1) + "\u2026" : text;
    }

    private void apply(IndexGeneration generation, IndexChange change) throws IOException {
        if (change.kind() == IndexChange.Kind.REBUILD) {
            // a rebuild asked for on this node or another: this node's Reindexer starts its own, in the background
            rebuildAsked.accept(change.sequence());
            return;
        }
        if (change.kind() == IndexChange.Kind.DELETE) {
            generation.delete(change.reportId());
            return;
        }
        Optional<SearchDocument> document = source.document(change.reportId());
        if (document.isPresent()) {
            generation.upsert(document.get());
        } else {
            // gone or no longer searchable since the entry was written: what is true now wins
            generation.delete(change.reportId());
        }
    }
}
