package kz.shamy.search.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import jakarta.annotation.PreDestroy;
import kz.shamy.shared.BoundedExecutors;
import kz.shamy.shared.Busy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Searches run on a pool of as many threads as the machine has cores, in arrival order; callers wait for their
 * answer. A search is all CPU (the index is in the page cache), so eight searches on two cores at once each took
 * about four times their own time, and each was preempted by the others part-way; on the pool a search waits for
 * those ahead of it and then runs to its end. The pool's threads go from one search to the next without sleeping.
 * Elasticsearch runs searches on a pool sized by the cores for the same reason.
 *
 * <p>{@code shamy.search.threads}: 0 (the default) for the number of cores, -1 to run each search on its caller's
 * thread. At most {@code shamy.search.queue} searches wait; more, or a wait beyond {@code shamy.search.timeout},
 * is refused as {@link Busy} (HTTP 503, Retry-After).
 *
 * <p>Each search is timed from its arrival to its answer, the wait for a thread included ({@code shamy.search},
 * tagged by outcome: {@code ok}, {@code busy} or {@code error}); {@link #waiting()} is the gauge
 * {@code shamy.search.pool.queue} ({@link SearchMeters}).
 */
@Component
public class SearchPool {

    private final ThreadPoolExecutor pool;
    private final int threads;
    private final Duration timeout;
    private final Timer answered;
    private final Timer refused;
    private final Timer failed;

    /** A pool whose timings nobody reads (tests, benchmarks). */
    public SearchPool(int threads, int queue, Duration timeout) {
        this(threads, queue, timeout, new SimpleMeterRegistry());
    }

    @Autowired
    public SearchPool(@Value("${shamy.search.threads:0}") int threads, @Value("${shamy.search.queue:1000}") int queue,
            @Value("${shamy.search.timeout:PT30S}") Duration timeout, MeterRegistry meters) {
        if (threads < -1 || queue < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("shamy.search.threads must be -1 or more, queue 1 or more, timeout positive");
        }
        this.threads = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        this.timeout = timeout;
        this.answered = timer(meters, "ok");
        this.refused = timer(meters, "busy");
        this.failed = timer(meters, "error");
        if (this.threads < 0) {
            this.pool = null;
        } else {
            this.pool = BoundedExecutors.of("shamy-search", this.threads, queue);
        }
    }

    /** Each search on its caller's thread. */
    public static SearchPool callers() {
        return new SearchPool(-1, 1, Duration.ofSeconds(1));
    }

    /** Threads in the pool; -1 when searches run on their callers' threads. */
    public int threads() {
        return threads;
    }

    /** Searches waiting for a thread now (an estimate, for monitoring and tests). */
    public int waiting() {
        return pool == null ? 0 : pool.getQueue().size();
    }

    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder("shamy.search").description("Searches from arrival to answer, the wait for a thread included")
                .tag("outcome", outcome).register(meters);
    }

    <T> T run(Supplier<T> search) {
        long start = System.nanoTime();
        Timer outcome = failed;
        try {
            T answer = runTimed(search);
            outcome = answered;
            return answer;
        } catch (Busy e) {
            outcome = refused;
            throw e;
        } finally {
            outcome.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    private <T> T runTimed(Supplier<T> search) {
        if (pool == null) {
            return search.get();
        }
        Future<T> answer;
        try {
            answer = pool.submit(search::get);
        } catch (RejectedExecutionException e) {
            throw busy("Every search thread is busy and " + pool.getQueue().size() + " searches are waiting");
        }
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw busy("No answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw busy("Interrupted while waiting for the search");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Busy busy(String message) {
        return new Busy("search.busy", message + "; try again in a moment", Duration.ofSeconds(1));
    }

    @PreDestroy
    public void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
