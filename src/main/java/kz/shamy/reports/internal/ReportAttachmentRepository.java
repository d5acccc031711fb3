package kz.shamy.reports.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportAttachmentRepository extends JpaRepository<ReportAttachment, Long> {

    /** An attachment's description, without its bytes. */
    record Listing(Long id, Long reportId, Long versionId, String fileName, String mediaType, long sizeBytes,
            String uploadedBy, java.time.Instant uploadedAt) {
    }

    /** The text of one version's attachment, for the search document. */
    record Text(Long versionId, String text) {
    }

    Optional<ReportAttachment> findByIdAndReportId(Long id, Long reportId);

    @Query("""
            select new kz.shamy.reports.internal.ReportAttachmentRepository$Listing(a.id, a.reportId, a.versionId, a.fileName,
                a.mediaType, a.sizeBytes, a.uploadedBy, a.uploadedAt)
            from ReportAttachment a where a.reportId = :reportId order by a.id""")
    List<Listing> listing(Long reportId);

    @Query("""
            select new kz.shamy.reports.internal.ReportAttachmentRepository$Text(a.versionId, a.extractedText)
            from ReportAttachment a where a.versionId in :versionIds order by a.id""")
    List<Text> texts(Collection<Long> versionIds);
}
