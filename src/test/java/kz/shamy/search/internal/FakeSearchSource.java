package kz.shamy.search.internal;

import kz.shamy.search.FailedChange;
import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The database as the index sees it, in memory: reports and an outbox written together. */
class FakeSearchSource implements SearchSource {

    private final Map<Long, SearchDocument> reports = new TreeMap<>();
    private final List<IndexChange> outbox = new ArrayList<>();
    private long failOnReport = -1;
    private final Map<Long, Integer> attempts = new java.util.HashMap<>();
    private final Map<Long, String> errors = new java.util.HashMap<>();
    private final Map<Long, FailedChange> setAside = new TreeMap<>();
    private final Map<Long, java.time.Instant> written = new java.util.HashMap<>();
    private CountDownLatch forEachPaused;
    private CountDownLatch forEachMayGoOn;

    synchronized FakeSearchSource put(SearchDocument report) {
        reports.put(report.reportId(), report);
        append(new IndexChange(outbox.size() + 1, report.reportId(), IndexChange.Kind.UPSERT));
        return this;
    }

    @Override
    public synchronized IndexChange requestRebuild() {
        IndexChange change = new IndexChange(outbox.size() + 1, 0, IndexChange.Kind.REBUILD);
        append(change);
        return change;
    }

    /** Changes a report in place without an outbox entry, as a fix made by hand in the database would. */
    synchronized void correct(SearchDocument report) {
        reports.put(report.reportId(), report);
    }

    synchronized void remove(long reportId) {
        reports.remove(reportId);
        append(new IndexChange(outbox.size() + 1, reportId, IndexChange.Kind.DELETE));
    }

    /** Forgets the outbox up to now, as a pruning job would. */
    synchronized void pruneOutbox() {
        List<IndexChange> kept = new ArrayList<>();
        long last = outbox.size();
        outbox.clear();
        // sequences keep growing after a prune: pad with entries nobody can read
        for (long s = 1; s <= last; s++) {
            kept.add(null);
        }
        outbox.addAll(kept);
    }

    /** document() and forEach fail at this report, as a database error mid-batch would. */
    synchronized void failOn(long reportId) {
        this.failOnReport = reportId;
    }

    /** The next forEach stops after its first report until {@link #resumeForEach()}. */
    synchronized CountDownLatch pauseForEach() {
        forEachPaused = new CountDownLatch(1);
        forEachMayGoOn = new CountDownLatch(1);
        return forEachPaused;
    }

    void resumeForEach() {
        forEachMayGoOn.countDown();
    }

    @Override
    public synchronized List<IndexChange> changesAfter(long sequence, int max) {
        return outbox.stream().filter(c -> c != null && c.sequence() > sequence && !setAside.containsKey(c.sequence()))
                .limit(max).toList();
    }

    private void append(IndexChange change) {
        outbox.add(change);
        written.put(change.sequence(), java.time.Instant.now());
    }

    @Override
    public synchronized Backlog backlogAfter(long sequence) {
        List<IndexChange> waiting = changesAfter(sequence, Integer.MAX_VALUE);
        return waiting.isEmpty() ? Backlog.NONE : new Backlog(waiting.size(), written.get(waiting.get(0).sequence()));
    }

    @Override
    public synchronized long latestSequence() {
        return outbox.size();
    }

    @Override
    public synchronized Optional<SearchDocument> document(long reportId) {
        if (reportId == failOnReport) {
            throw new IllegalStateException("database unavailable");
        }
        return Optional.ofNullable(reports.get(reportId));
    }

    @Override
    public synchronized int failedAttempt(IndexChange change, String error) {
        errors.put(change.sequence(), error);
        return attempts.merge(change.sequence(), 1, Integer::sum);
    }

    @Override
    public synchronized void setAside(IndexChange change) {
        setAside.put(change.sequence(), new FailedChange(change.sequence(), change.reportId(), change.kind(),
                attempts.getOrDefault(change.sequence(), 0), errors.get(change.sequence()), java.time.Instant.now()));
    }

    @Override
    public synchronized void refused(long reportId, String error) {
        IndexChange change = new IndexChange(outbox.size() + 1, reportId, IndexChange.Kind.UPSERT);
        append(change);
        attempts.put(change.sequence(), 1);
        errors.put(change.sequence(), error);
        setAside(change);
    }

    @Override
    public synchronized List<FailedChange> failedChanges() {
        return List.copyOf(setAside.values());
    }

    @Override
    public synchronized Optional<IndexChange> retry(long sequence) {
        FailedChange failed = setAside.remove(sequence);
        if (failed == null) {
            return Optional.empty();
        }
        IndexChange again = new IndexChange(outbox.size() + 1, failed.reportId(), failed.kind());
        append(again);
        return Optional.of(again);
    }

    @Override
    public synchronized long count() {
        return reports.size();
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        List<SearchDocument> snapshot;
        long failing;
        CountDownLatch paused;
        CountDownLatch goOn;
        synchronized (this) {
            snapshot = List.copyOf(reports.values());
            paused = forEachPaused;
            goOn = forEachMayGoOn;
            forEachPaused = null;
            failing = failOnReport;
        }
        for (int i = 0; i < snapshot.size(); i++) {
            if (snapshot.get(i).reportId() == failing) {
                throw new IllegalStateException("database unavailable");
            }
            consumer.accept(snapshot.get(i));
            if (i == 0 && paused != null) {
                paused.countDown();
                await(goOn);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("forEach was never resumed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A published report with sensible defaults. */
    static SearchDocument published(long id, String language, String title, String body) {
        return new SearchDocument(id, title, "Author " + id, "School 1", "Almaty Region", "Biology", "2025-2026",
                language, "Summary of report " + id, body, List.of(), true, List.of(), 1_000L * id);
    }

    /** A draft readable only by {@code readers}. */
    static SearchDocument draft(long id, String language, String title, String body, String... readers) {
        return new SearchDocument(id, title, "Author " + id, "School 1", "Almaty Region", "Biology", "2025-2026",
                language, "Summary of draft " + id, body, List.of(), false, List.of(readers), 1_000L * id);
    }

    static SearchDocument with(SearchDocument d, String region, String school, String subject, String year) {
        return new SearchDocument(d.reportId(), d.title(), d.author(), school, region, subject, year, d.language(),
                d.summary(), d.body(), d.keywords(), d.published(), d.readers(), d.updatedAt());
    }
}
