package kz.shamy.reports.internal;

import kz.shamy.reports.Reports;
import java.time.Clock;
import java.util.List;
import kz.shamy.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to reports. A file is checked and its text extracted before any transaction opens, so a
 * refused file changes nothing; an accepted one is saved with its text and an outbox row in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class ReportAttachments {

    private final Reports reports;
    private final ProjectReportRepository reportRows;
    private final ReportVersionRepository versionRows;
    private final ReportAttachmentRepository attachments;
    private final ReportOutbox outbox;
    private final Clock clock;

    ReportAttachments(Reports reports, ProjectReportRepository reportRows, ReportVersionRepository versionRows,
            ReportAttachmentRepository attachments, ReportOutbox outbox, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.reportRows = reportRows;
        this.versionRows = versionRows;
        this.attachments = attachments;
        this.outbox = outbox;
    }

    /**
     * Attaches the file (its text already extracted) to the report's published version, or to its latest
     * version while it is not yet published.
     */
    @Transactional
    ReportAttachment attach(Long reportId, String fileName, byte[] content, AttachmentText.Extracted text,
            String uploadedBy) {
        ProjectReportEntry report = reportRows.findById(reportId).orElseThrow(() -> new NotFound("report", reportId));
        ReportVersionEntry version = reports.readableVersion(reportId).flatMap(v -> versionRows.findById(v.id()))
                .orElseThrow(() -> new NotFound("version of report", reportId));
        ReportAttachment saved = attachments.save(new ReportAttachment(version, fileName, text, content, uploadedBy,
                clock.instant()));
        report.touch(clock.instant());
        outbox.changed(reportId);
        return saved;
    }

    ReportAttachment attachment(Long reportId, Long attachmentId) {
        return attachments.findByIdAndReportId(attachmentId, reportId)
                .orElseThrow(() -> new NotFound("attachment", attachmentId));
    }

    public List<ReportAttachmentRepository.Listing> of(Long reportId) {
        return attachments.listing(reportId);
    }
}
