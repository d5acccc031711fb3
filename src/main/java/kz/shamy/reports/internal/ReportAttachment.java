package kz.shamy.reports.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A file attached to one report version (PDF, DOCX or ODT), kept in the database with the text extracted
 * from it. {@code content} maps to bytea on PostgreSQL and BINARY VARYING on H2. Queries that need only
 * the text or the listing select those columns, so the bytes are read only for a download.
 */
@Entity
public class ReportAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reportId;
    private Long versionId;
    private String fileName;
    private String mediaType;
    private long sizeBytes;
    private byte[] content;
    private String extractedText;
    private String uploadedBy;
    private Instant uploadedAt;

    protected ReportAttachment() {
    }

    ReportAttachment(ReportVersionEntry version, String fileName, AttachmentText.Extracted extracted, byte[] content,
            String uploadedBy, Instant uploadedAt) {
        this.reportId = version.getReportId();
        this.versionId = version.getId();
        this.fileName = fileName;
        this.mediaType = extracted.mediaType();
        this.sizeBytes = content.length;
        this.content = content;
        this.extractedText = extracted.text();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    byte[] getContent() {
        return content;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
