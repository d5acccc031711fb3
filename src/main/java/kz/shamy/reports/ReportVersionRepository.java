package kz.shamy.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    List<ReportVersion> findByReportIdOrderByVersionNumber(Long reportId);

    Optional<ReportVersion> findFirstByReportIdOrderByVersionNumberDesc(Long reportId);
}
