package kz.shamy.reports.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.shamy.search.FailedChange;
import kz.shamy.search.IndexChange;

/**
 * One row of the reports' outbox: report {@code reportId} changed in the transaction that wrote it. The
 * indexer counts its failed attempts on it, and sets it aside ({@code failedAt}) after the last one.
 */
@Entity
@Table(name = "report_outbox")
class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long sequence;
    private Long reportId;
    @Enumerated(EnumType.STRING)
    private IndexChange.Kind kind;
    private Instant createdAt;
    private int attempts;
    private String lastError;
    private Instant failedAt;
    private Instant retriedAt;

    protected OutboxEntry() {
    }

    OutboxEntry(Long reportId, IndexChange.Kind kind, Instant createdAt) {
        this.reportId = reportId;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    IndexChange toChange() {
        return new IndexChange(sequence, reportId, kind);
    }

    FailedChange toFailed() {
        return new FailedChange(sequence, reportId, kind, attempts, lastError, failedAt);
    }

    /** One more failed attempt at indexing this entry; the attempts so far. */
    int failedAttempt(String error) {
        attempts++;
        lastError = error;
        return attempts;
    }

    void setAside(Instant at) {
        failedAt = at;
    }

    boolean isSetAside() {
        return failedAt != null && retriedAt == null;
    }

    void retried(Instant at) {
        retriedAt = at;
    }

    Long getSequence() {
        return sequence;
    }

    Long getReportId() {
        return reportId;
    }

    IndexChange.Kind getKind() {
        return kind;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
