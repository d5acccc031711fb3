package kz.shamy.reports.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored import jobs: each is written when it starts, its counts and first errors with every batch (in the
 * batch's own transaction, so they never claim more than was committed), and its end. What a running
 * process has not finished when it stops stays RUNNING in the table until its node's next start-up, or any
 * node once the job's heartbeat is stale, marks it INTERRUPTED.
 */
@Component
public class ImportJobs {

    private final ImportJobRepository jobs;
    private final ImportErrorRepository errors;

    ImportJobs(ImportJobRepository jobs, ImportErrorRepository errors) {
        this.jobs = jobs;
        this.errors = errors;
    }

    /** Stores a new job as RUNNING on {@code node}. */
    @Transactional
    public void started(ImportJob job, String node) {
        jobs.save(new ImportJobRecord(job, node));
    }

    /** One batch done; joins the transaction that saved the batch's reports when there is one. */
    @Transactional
    public void batchDone(String jobId, int imported, List<List<ImportError>> refused, Instant at) {
        ImportJobRecord job = jobs.findById(jobId).orElseThrow(() -> new IllegalStateException("import " + jobId
                + " is not stored"));
        job.batchDone(imported, refused.size(), at);
        long kept = errors.countByJobId(jobId);
        for (List<ImportError> recordErrors : refused) {
            for (ImportError error : recordErrors) {
                if (kept++ < ImportJob.MAX_ERRORS) {
                    errors.save(new ImportErrorRecord(jobId, error));
                }
            }
        }
    }

    @Transactional
    public void ended(String jobId, ImportJob.Status status, String failure, Instant at) {
        jobs.findById(jobId).ifPresent(job -> job.end(status, failure, at));
    }

    /** A job that never ran (the queue was full): nothing of it is kept. */
    @Transactional
    public void forget(String jobId) {
        jobs.deleteById(jobId);
    }

    @Transactional(readOnly = true)
    public Optional<ImportJob.Progress> progress(String jobId) {
        return jobs.findById(jobId).map(job -> job.progress(errors.findByJobIdOrderByLineAscIdAsc(jobId).stream()
                .map(ImportErrorRecord::toError).toList()));
    }

    /**
     * At start-up: jobs still RUNNING that {@code node}'s earlier run left (they started before this process did),
     * and any node's jobs not heard from since {@code staleBefore}, are marked INTERRUPTED. Another node's job
     * with a recent heartbeat is left running. Returns their ids.
     */
    @Transactional
    public List<String> interruptLeftovers(String node, Instant processStartedAt, Instant staleBefore, Instant now) {
        return interrupt(jobs.findLeftovers(node, processStartedAt, staleBefore), now);
    }

    /** Jobs whose node stopped without a restart (killed, lost): no heartbeat since {@code staleBefore}. */
    @Transactional
    public List<String> interruptStale(Instant staleBefore, Instant now) {
        return interrupt(jobs.findStale(staleBefore), now);
    }

    /** The node running {@code ids} is alive at {@code at}. */
    @Transactional
    public void heartbeat(Collection<String> ids, Instant at) {
        if (!ids.isEmpty()) {
            jobs.heartbeat(ids, at);
        }
    }

    private static List<String> interrupt(List<ImportJobRecord> leftovers, Instant now) {
        leftovers.forEach(job -> job.interrupted(now));
        return leftovers.stream().map(ImportJobRecord::getId).toList();
    }

    @Transactional
    public int forgetFinishedBefore(Instant before) {
        return jobs.deleteFinishedBefore(before);
    }
}
