package kz.shamy.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.shamy.search.IndexChange;

/** One row of the reports' outbox: report {@code reportId} changed in the transaction that wrote it. */
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
