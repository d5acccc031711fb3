package kz.shamy.reports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored import jobs: each is written when it starts, its counts and first errors with every batch (in the
 * batch's own transaction, so they never claim more than was committed), and its end. What a running
 * process has not finished when it stops stays RUNNING in the table until the next start-up marks it
 * INTERRUPTED.
 */
@Component
public class ImportJobs {

    private final ImportJobRepository jobs;
    private final ImportErrorRepository errors;

    ImportJobs(ImportJobRepository jobs, ImportErrorRepository errors) {
        this.jobs = jobs;
        this.errors = errors;
    }

    @Transactional
    public void started(ImportJob job) {
        jobs.save(new ImportJobRecord(job));
    }

    /** One batch done; joins the transaction that saved the batch's reports when there is one. */
    @Transactional
    public void batchDone(String jobId, int imported, List<List<ImportError>> refused) {
        ImportJobRecord job = jobs.findById(jobId).orElseThrow(() -> new IllegalStateException("import " + jobId
                + " is not stored"));
        job.batchDone(imported, refused.size());
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

    /** Jobs still RUNNING that started before this process did: a restart cut them short. Returns their ids. */
    @Transactional
    public List<String> interruptLeftovers(Instant processStartedAt, Instant now) {
        List<ImportJobRecord> leftovers = jobs.findByStatusAndStartedAtBefore(ImportJob.Status.RUNNING,
                processStartedAt);
        leftovers.forEach(job -> job.interrupted(now));
        return leftovers.stream().map(ImportJobRecord::getId).toList();
    }

    @Transactional
    public int forgetFinishedBefore(Instant before) {
        return jobs.deleteFinishedBefore(before);
    }
}
