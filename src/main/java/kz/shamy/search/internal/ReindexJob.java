package kz.shamy.search.internal;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** One rebuild of the index and how far it has come. */
public class ReindexJob {

    public enum Status { RUNNING, DONE, FAILED }

    private final String id = UUID.randomUUID().toString();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile long total;
    private volatile Status status = Status.RUNNING;
    private volatile String error;

    public String id() {
        return id;
    }

    long processed() {
        return processed.get();
    }

    long total() {
        return total;
    }

    public Status status() {
        return status;
    }

    String error() {
        return error;
    }

    void expect(long total) {
        this.total = total;
    }

    void processedOne() {
        processed.incrementAndGet();
    }

    /** A report the index refused; it is listed with the set-aside changes and the rebuild goes on. */
    void refusedOne() {
        refused.incrementAndGet();
    }

    long refused() {
        return refused.get();
    }

    void done() {
        status = Status.DONE;
    }

    void failed(String error) {
        this.error = error;
        status = Status.FAILED;
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** The progress as the API shows it. */
    public Progress progress() {
        return new Progress(id, status.name(), processed(), refused(), total, error);
    }

    /** {@code refused}: reports the index would not take (listed at {@code GET /api/search/outbox/failed}). */
    record Progress(String jobId, String status, long processed, long refused, long total, String error) {
    }
}
