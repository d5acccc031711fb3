package kz.shamy.reports.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJobRecord, String> {

    List<ImportJobRecord> findByStatusAndStartedAtBefore(ImportJob.Status status, Instant startedBefore);

    /** Jobs finished before {@code before} (their errors go with them: on delete cascade). */
    @Modifying
    @Query("delete from ImportJobRecord j where j.finishedAt < :before")
    int deleteFinishedBefore(Instant before);
}
