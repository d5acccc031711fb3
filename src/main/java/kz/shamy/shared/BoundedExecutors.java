package kz.shamy.shared;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way Shamy makes a pool for background work: a fixed number of daemon threads named {@code <name>-<n>} and a
 * bounded queue; when the queue is full a new task is refused ({@link java.util.concurrent.RejectedExecutionException}),
 * so the caller can answer "busy, come back" rather than pile work up.
 */
public final class BoundedExecutors {

    private BoundedExecutors() {
    }

    public static ThreadPoolExecutor of(String name, int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }
}
