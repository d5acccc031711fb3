package kz.shamy.reports.internal;

import kz.shamy.reports.ReportDecision;
import kz.shamy.reports.ReportDraft;
import kz.shamy.reports.ReportVersion;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One submitted version of a report, with the facilitator's decision on it. Versions are never overwritten. */
@Entity(name = "ReportVersion")
/** A stored reportversion: the row behind {@link ReportVersion}, which is what other features see. */
public class ReportVersionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reportId;
    private int versionNumber;
    private String title;
    private String summary;
    private String body;
    private String keywords;
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private ReportDecision decision;
    private String decisionComments;
    private String decidedBy;
    private Instant decidedAt;

    protected ReportVersionEntry() {
    }

    public ReportVersionEntry(Long reportId, int versionNumber, ReportDraft draft, Instant submittedAt) {
        this.reportId = reportId;
        this.versionNumber = versionNumber;
        this.title = draft.title().strip();
        this.summary = draft.summary().strip();
        this.body = draft.body().strip();
        this.keywords = draft.keywords() == null || draft.keywords().isBlank() ? null : draft.keywords().strip();
        this.submittedAt = submittedAt;
    }

    /** The one version of an archive report: approved by whoever imported it. */
    public static ReportVersionEntry archived(Long reportId, ArchiveRecord record, String importedBy, Instant importedAt) {
        ReportVersionEntry version = new ReportVersionEntry();
        version.reportId = reportId;
        version.versionNumber = 1;
        version.title = record.title();
        version.summary = record.summary();
        version.body = record.body();
        version.keywords = record.keywords().isEmpty() ? null : String.join(", ", record.keywords());
        version.submittedAt = importedAt;
        version.decide(ReportDecision.APPROVED, "imported from the archive", importedBy, importedAt);
        return version;
    }

    public void decide(ReportDecision decision, String comments, String decidedBy, Instant decidedAt) {
        this.decision = decision;
        this.decisionComments = comments == null || comments.isBlank() ? null : comments.strip();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public boolean isDecided() {
        return decision != null;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getKeywords() {
        return keywords;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ReportDecision getDecision() {
        return decision;
    }

    public String getDecisionComments() {
        return decisionComments;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public ReportVersion view() {
        return new ReportVersion(id, reportId, versionNumber, title, summary, body, keywords, submittedAt, decision, decisionComments, decidedBy, decidedAt);
    }
}
