package kz.shamy.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One archive import and how far it has got, in this process (its stored twin is {@link ImportJobRecord}).
 * Its counters are written by the one thread running it, hence synchronized.
 */
public final class ImportJob {

    /** INTERRUPTED: Shamy stopped while the job ran; the counts are those of the batches it committed. */
    public enum Status { RUNNING, DONE, FAILED, INTERRUPTED }

    /** At most this many errors are kept and shown; the count of rejected records is always complete. */
    static final int MAX_ERRORS = 1000;

    private final String id = UUID.randomUUID().toString();
    private final int total;
    private final String startedBy;
    private final Instant startedAt;
    private int processed;
    private int imported;
    private int rejected;
    private final List<ImportError> errors = new ArrayList<>();
    private Status status = Status.RUNNING;
    private String failure;
    private Instant finishedAt;

    public ImportJob(int total, String startedBy, Instant startedAt) {
        this.total = total;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    /** A batch is done: {@code imported} records saved, and each of {@code refused} with its errors. */
    public synchronized void batchDone(int imported, List<List<ImportError>> refused) {
        this.imported += imported;
        this.rejected += refused.size();
        this.processed += imported + refused.size();
        for (List<ImportError> recordErrors : refused) {
            for (ImportError error : recordErrors) {
                if (errors.size() < MAX_ERRORS) {
                    errors.add(error);
                }
            }
        }
    }

    public synchronized void finished(Instant at) {
        status = Status.DONE;
        finishedAt = at;
    }

    public synchronized void failed(String why, Instant at) {
        status = Status.FAILED;
        failure = why;
        finishedAt = at;
    }

    public String id() {
        return id;
    }

    public String startedBy() {
        return startedBy;
    }

    /** What the API shows: counts, status and the errors by line. */
    public record Progress(String jobId, String status, int total, int processed, int imported, int rejected,
            List<ImportError> errors, String failure, Instant startedAt, Instant finishedAt) {
    }

    public synchronized Progress progress() {
        return new Progress(id, status.name(), total, processed, imported, rejected, List.copyOf(errors), failure,
                startedAt, finishedAt);
    }
}
