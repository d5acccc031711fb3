package kz.shamy.reports.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportVersionRepository extends JpaRepository<ReportVersionEntry, Long> {

    List<ReportVersionEntry> findByReportIdOrderByVersionNumber(Long reportId);

    Optional<ReportVersionEntry> findFirstByReportIdOrderByVersionNumberDesc(Long reportId);

    /** The latest version of each of the reports. */
    @Query("""
            select v from ReportVersion v where v.reportId in :reportIds and v.versionNumber =
                (select max(w.versionNumber) from ReportVersion w where w.reportId = v.reportId)""")
    List<ReportVersionEntry> latestOf(Collection<Long> reportIds);
}
