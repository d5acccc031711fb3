package kz.shamy.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.shamy.search.FailedChange;
import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index's view of the reports: the outbox in sequence order, and each report's document built
 * from the tables as they are now; the indexer's failed attempts are counted on the outbox rows. A rebuild walks the reports in id order, {@value #PAGE} at a time, each
 * page in its own read-only transaction, so 100,000 reports never sit in memory together.
 */
@Component
public class ReportSearchSource implements SearchSource {

    public static final int PAGE = 200;

    private final ProjectReportRepository reports;
    private final OutboxEntryRepository outbox;
    private final SearchDocuments documents;
    private final ReportOutbox writer;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;
    private final Clock clock;

    ReportSearchSource(ProjectReportRepository reports, OutboxEntryRepository outbox, SearchDocuments documents,
            ReportOutbox writer, PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.outbox = outbox;
        this.documents = documents;
        this.writer = writer;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
    }

    @Override
    public List<IndexChange> changesAfter(long sequence, int max) {
        if (max <= 0) {
            return List.of();
        }
        return readOnly.execute(status -> outbox.findBySequenceGreaterThanAndFailedAtIsNullOrderBySequence(sequence,
                PageRequest.of(0, max)).stream().map(OutboxEntry::toChange).toList());
    }

    @Override
    public long latestSequence() {
        return readOnly.execute(status -> outbox.latestSequence());
    }

    @Override
    public Backlog backlogAfter(long sequence) {
        return readOnly.execute(status -> {
            Object[] row = outbox.backlogAfter(sequence).get(0);
            long changes = ((Number) row[0]).longValue();
            return changes == 0 ? Backlog.NONE : new Backlog(changes, (Instant) row[1]);
        });
    }

    @Override
    public Optional<SearchDocument> document(long reportId) {
        return readOnly.execute(status -> reports.findById(reportId)
                .flatMap(report -> documents.of(List.of(report.view()), new SearchDocuments.Names()).stream().findFirst()));
    }

    @Override
    public int failedAttempt(IndexChange change, String error) {
        // an entry no longer there (none is ever deleted today) has nothing to count on: one attempt
        return readWrite.execute(status -> outbox.findById(change.sequence())
                .map(entry -> entry.failedAttempt(error)).orElse(1));
    }

    @Override
    public void setAside(IndexChange change) {
        readWrite.executeWithoutResult(status -> outbox.findById(change.sequence())
                .ifPresent(entry -> entry.setAside(clock.instant())));
    }

    @Override
    public void refused(long reportId, String error) {
        readWrite.executeWithoutResult(status -> writer.refused(reportId, error));
    }

    @Override
    public List<FailedChange> failedChanges() {
        return readOnly.execute(status -> outbox.findByFailedAtIsNotNullAndRetriedAtIsNullOrderBySequence().stream()
                .map(OutboxEntry::toFailed).toList());
    }

    @Override
    public Optional<IndexChange> retry(long sequence) {
        return readWrite.execute(status -> outbox.findById(sequence).filter(OutboxEntry::isSetAside).map(entry -> {
            entry.retried(clock.instant());
            return writer.again(entry).toChange();
        }));
    }

    @Override
    public IndexChange requestRebuild() {
        return readWrite.execute(status -> writer.rebuild().toChange());
    }

    @Override
    public long count() {
        return readOnly.execute(status -> reports.countSearchable());
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        var names = new SearchDocuments.Names();
        long after = 0;
        while (true) {
            long from = after;
            List<ProjectReportEntry> page = readOnly.execute(status -> reports.findByIdGreaterThanOrderById(from,
                    PageRequest.of(0, PAGE)));
            if (page.isEmpty()) {
                return;
            }
            // the page's documents are built in their own transaction, then handed over outside it
            List<SearchDocument> built = readOnly.execute(status -> documents.of(page.stream().map(ProjectReportEntry::view).toList(), names));
            built.forEach(consumer);
            after = page.get(page.size() - 1).getId();
        }
    }
}
