package kz.shamy.reports.internal;

import kz.shamy.reports.Reports;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectReportRepository extends JpaRepository<ProjectReportEntry, Long> {

    Optional<ProjectReportEntry> findByProjectId(Long projectId);

    /** Reports after {@code id} in id order: one page of a walk through all of them. */
    List<ProjectReportEntry> findByIdGreaterThanOrderById(Long id, Pageable page);

    /** Reports a search may find: those with a version to show (every report has one once submitted). */
    @Query("""
            select count(r) from ProjectReport r
            where exists (select v.id from ReportVersion v where v.reportId = r.id)""")
    long countSearchable();
}
