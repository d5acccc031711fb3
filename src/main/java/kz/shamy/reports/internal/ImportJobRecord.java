package kz.shamy.reports.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** An import's status as stored: what {@code GET /api/reports/import/{id}} answers, before and after a restart. */
@Entity
@Table(name = "report_import_job")
class ImportJobRecord {

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    private ImportJob.Status status;
    private int total;
    private int processed;
    private int imported;
    private int rejected;
    private String failure;
    private String startedBy;
    private Instant startedAt;
    private Instant finishedAt;
    /** The node running it ({@code shamy.node.name}); null for jobs from before nodes were named. */
    private String node;
    /** When its node last said it was still running it (at the start, each batch, and every heartbeat). */
    private Instant heartbeatAt;

    protected ImportJobRecord() {
    }

    ImportJobRecord(ImportJob job, String node) {
        ImportJob.Progress progress = job.progress();
        this.id = job.id();
        this.status = ImportJob.Status.RUNNING;
        this.total = progress.total();
        this.startedBy = job.startedBy();
        this.startedAt = progress.startedAt();
        this.node = node;
        this.heartbeatAt = progress.startedAt();
    }

    void batchDone(int imported, int refused, Instant at) {
        this.imported += imported;
        this.rejected += refused;
        this.processed += imported + refused;
        this.heartbeatAt = at;
    }

    void end(ImportJob.Status status, String failure, Instant at) {
        this.status = status;
        this.failure = failure == null ? null : failure.length() > 2000 ? failure.substring(0, 2000) : failure;
        this.finishedAt = at;
    }

    /** Cut short by its node's stop: what was committed stays, the records after it were never imported. */
    void interrupted(Instant at) {
        end(ImportJob.Status.INTERRUPTED, "Shamy stopped before this import finished: the first " + processed
                + " of " + total + " records were processed (" + imported + " imported, " + rejected
                + " refused); the other " + (total - processed) + " were not imported; send them again", at);
    }

    ImportJob.Progress progress(List<ImportError> errors) {
        return new ImportJob.Progress(id, status.name(), total, processed, imported, rejected, errors, failure,
                startedAt, finishedAt);
    }

    String getId() {
        return id;
    }
}
