package kz.shamy.search.internal;

import kz.shamy.search.FailedChange;
import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The database as the indexer sees it, for the benchmark: the generated reports and one outbox entry each, held in
 * arrays so that reading them costs nothing next to indexing (a real database adds its own time on top).
 */
final class BenchmarkSource implements SearchSource {

    private List<SearchDocument> reports;

    /** {@code reports} must have ids 1..n in order. */
    BenchmarkSource(List<SearchDocument> reports) {
        this.reports = reports;
    }

    /**
     * Lets go of the reports once they are indexed, as if the database were on another machine: the latency runs
     * must not pay for collecting a heap that holds the whole corpus (1.3 GB live made each young collection
     * during them take 30-40 ms).
     */
    void release() {
        reports = List.of();
    }

    @Override
    public List<IndexChange> changesAfter(long sequence, int max) {
        int from = (int) Math.min(sequence, reports.size());
        int to = Math.min(reports.size(), from + max);
        IndexChange[] changes = new IndexChange[to - from];
        for (int i = from; i < to; i++) {
            changes[i - from] = new IndexChange(i + 1, reports.get(i).reportId(), IndexChange.Kind.UPSERT);
        }
        return List.of(changes);
    }

    @Override
    public Backlog backlogAfter(long sequence) {
        long changes = Math.max(0, reports.size() - sequence);
        // generated, never written: no time to tell
        return changes == 0 ? Backlog.NONE : new Backlog(changes, null);
    }

    @Override
    public long latestSequence() {
        return reports.size();
    }

    @Override
    public Optional<SearchDocument> document(long reportId) {
        return reportId >= 1 && reportId <= reports.size() ? Optional.of(reports.get((int) reportId - 1))
                : Optional.empty();
    }

    @Override
    public long count() {
        return reports.size();
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        reports.forEach(consumer);
    }

    // the generated reports index cleanly: the indexer never reports a failure here, nor is one retried

    @Override
    public int failedAttempt(IndexChange change, String error) {
        throw new UnsupportedOperationException("a generated report failed to index: " + error);
    }

    @Override
    public void setAside(IndexChange change) {
        throw new UnsupportedOperationException("the benchmark sets nothing aside");
    }

    @Override
    public void refused(long reportId, String error) {
        throw new UnsupportedOperationException("a generated report was refused by the index: " + error);
    }

    @Override
    public List<FailedChange> failedChanges() {
        return List.of();
    }

    @Override
    public Optional<IndexChange> retry(long sequence) {
        return Optional.empty();
    }

    @Override
    public IndexChange requestRebuild() {
        throw new UnsupportedOperationException("the benchmark's source has no outbox");
    }
}
