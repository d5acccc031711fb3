package kz.shamy.reports;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    List<ReportVersion> findByReportIdOrderByVersionNumber(Long reportId);

    Optional<ReportVersion> findFirstByReportIdOrderByVersionNumberDesc(Long reportId);

    /** The latest version of each of the reports. */
    @Query("""
            select v from ReportVersion v where v.reportId in :reportIds and v.versionNumber =
                (select max(w.versionNumber) from ReportVersion w where w.reportId = v.reportId)""")
    List<ReportVersion> latestOf(Collection<Long> reportIds);
}
