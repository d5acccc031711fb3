package kz.shamy.reports;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectReportRepository extends JpaRepository<ProjectReport, Long> {

    Optional<ProjectReport> findByProjectId(Long projectId);
}
