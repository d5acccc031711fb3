package kz.shamy.reports.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJobRecord, String> {

    /**
     * RUNNING jobs that {@code node}'s earlier run left (or that ran before nodes were named), and RUNNING jobs of
     * any node not heard from since {@code staleBefore}.
     */
    @Query("select j from ImportJobRecord j where j.status = kz.shamy.reports.internal.ImportJob.Status.RUNNING"
            + " and ((j.startedAt < :processStartedAt and (j.node is null or j.node = :node))"
            + " or j.heartbeatAt < :staleBefore)")
    List<ImportJobRecord> findLeftovers(String node, Instant processStartedAt, Instant staleBefore);

    /** RUNNING jobs whose node has not said it is alive since {@code staleBefore}. */
    @Query("select j from ImportJobRecord j where j.status = kz.shamy.reports.internal.ImportJob.Status.RUNNING"
            + " and j.heartbeatAt < :staleBefore")
    List<ImportJobRecord> findStale(Instant staleBefore);

    @Modifying
    @Query("update ImportJobRecord j set j.heartbeatAt = :at where j.id in :ids"
            + " and j.status = kz.shamy.reports.internal.ImportJob.Status.RUNNING")
    int heartbeat(Collection<String> ids, Instant at);

    /** Jobs finished before {@code before} (their errors go with them: on delete cascade). */
    @Modifying
    @Query("delete from ImportJobRecord j where j.finishedAt < :before")
    int deleteFinishedBefore(Instant before);
}
