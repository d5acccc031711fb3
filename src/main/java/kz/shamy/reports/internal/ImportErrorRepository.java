package kz.shamy.reports.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportErrorRepository extends JpaRepository<ImportErrorRecord, Long> {

    long countByJobId(String jobId);

    List<ImportErrorRecord> findByJobIdOrderByLineAscIdAsc(String jobId);
}
