package kz.shamy.search.internal;

import kz.shamy.search.SearchSource;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.store.AlreadyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the index from the database into a fresh generation while searches keep using the current one,
 * then lets the indexer apply what the outbox received meanwhile and swap the fresh one in. One rebuild
 * runs at a time; asking again while one runs answers the running one.
 */
@Component
public class Reindexer {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

    private final ReportIndex index;
    private final ReportIndexer indexer;
    private final SearchSource source;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "shamy-reindex");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ReindexJob> jobs = new ConcurrentHashMap<>();
    private ReindexJob running;
    /** The outbox sequence the latest rebuild on this node started from: requests up to it are covered. */
    private volatile long rebuiltFrom = -1;

    public Reindexer(ReportIndex index, ReportIndexer indexer, SearchSource source) {
        this.index = index;
        this.indexer = indexer;
        this.source = source;
        indexer.onRebuildAsked(this::asked);
    }

    /**
     * An administrator's rebuild, on every node: writes the request to the outbox, which each node's indexer
     * reaches in turn (this node's too, within a poll), and starts this node's rebuild now. Returns this node's job.
     */
    public ReindexJob request() {
        source.requestRebuild();
        return start();
    }

    /** The outbox brought rebuild request {@code sequence}: rebuilds unless a rebuild from after it ran or runs. */
    void asked(long sequence) {
        if (sequence <= rebuiltFrom) {
            return;
        }
        log.info("Outbox entry {} asks for the index to be rebuilt; this node rebuilds its own", sequence);
        start();
    }

    /** Starts a rebuild in the background, or returns the one already running. */
    public synchronized ReindexJob start() {
        if (running != null && running.running()) {
            return running;
        }
        ReindexJob job = new ReindexJob();
        jobs.put(job.id(), job);
        running = job;
        worker.submit(() -> run(job));
        return job;
    }

    public Optional<ReindexJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Rebuilds in the caller's thread (the start-up check); throws when the rebuild fails. */
    void rebuildNow() {
        ReindexJob job = new ReindexJob();
        run(job);
        if (job.status() == ReindexJob.Status.FAILED) {
            throw new IllegalStateException("Rebuilding the index failed: " + job.error());
        }
    }

    /**
     * Fills the current generation when start-up found it empty (nothing to keep serving meanwhile), then
     * catches up with the outbox. A crash half-way leaves a count the next start-up check notices.
     */
    void fillEmptyIndex() throws IOException {
        long from = source.latestSequence();
        rebuiltFrom = Math.max(rebuiltFrom, from);
        IndexGeneration current = index.current();
        long written = indexAll(current, null);
        current.commit(from);
        indexer.compactAfterBulk(current, written);
        indexer.catchUp();
        current.refresh();
    }

    private void run(ReindexJob job) {
        IndexGeneration fresh = null;
        try {
            // entries up to here are covered by forEach; later ones are applied again before the swap
            long from = source.latestSequence();
            rebuiltFrom = Math.max(rebuiltFrom, from);
            job.expect(source.count());
            fresh = index.createFresh();
            indexAll(fresh, job);
            fresh.commit(from);
            indexer.compactAfterBulk(fresh, job.processed() - job.refused());
            indexer.catchUpAndSwap(fresh);
            job.done();
            log.info("Index rebuilt: {} reports in generation {}, {} refused", job.processed(), fresh.name(),
                    job.refused());
        } catch (IOException | RuntimeException e) {
            log.error("Rebuilding the index failed; the current index stays in use", e);
            if (fresh != null) {
                fresh.discard();
            }
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /**
     * Every searchable report into {@code target}. A report whose document the index refuses (a value beyond
     * Lucene's limits, say) is logged and recorded with the set-aside changes, and the rest go on: one bad
     * report must not keep the index, or Shamy's start, from being rebuilt. Disk errors still stop it. Returns how
     * many were written.
     */
    private long indexAll(IndexGeneration target, ReindexJob job) {
        long[] written = {0};
        source.forEach(report -> {
            try {
                target.upsert(report);
                written[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (AlreadyClosedException e) {
                throw e;
            } catch (RuntimeException e) {
                log.error("Report {} was refused by the index and is left out of it; it is listed with the set-aside "
                        + "changes (GET /api/search/outbox/failed) to retry once fixed", report.reportId(), e);
                source.refused(report.reportId(), ReportIndexer.describe(e));
                if (job != null) {
                    job.refusedOne();
                }
            }
            if (job != null) {
                job.processedOne();
            }
        });
        return written[0];
    }

    @PreDestroy
    public void stop() {
        worker.shutdownNow();
    }
}
