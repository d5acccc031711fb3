package kz.shamy.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A bounded latency run: {@code clients} threads, each issuing a fixed number of queries back to back (closed loop,
 * no think time) in its own seeded order, stopping early at a wall-clock cap. Latencies go into an HdrHistogram
 * (1 µs to 60 s, 3 significant digits).
 */
final class LatencyRun {

    /** One client's connection to an engine. */
    interface Client extends AutoCloseable {
        void search(BenchmarkQueries.Spec spec) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface ClientFactory {
        Client open() throws Exception;
    }

    record Result(int clients, long queries, double p50Ms, double p99Ms, double maxMs, double seconds,
            boolean capped) {

        double throughput() {
            return queries / seconds;
        }
    }

    private LatencyRun() {
    }

    static Result run(ClientFactory engine, int clients, int perClient, long seed, long capSeconds) throws Exception {
        Histogram all = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(capSeconds);
        long start = System.nanoTime();
        boolean[] capped = new boolean[1];
        try {
            List<Future<Histogram>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<BenchmarkQueries.Spec> queries = BenchmarkQueries.sequence(seed * 31 + c, perClient);
                futures.add(pool.submit(() -> {
                    Histogram mine = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
                    try (Client client = engine.open()) {
                        for (BenchmarkQueries.Spec spec : queries) {
                            if (System.nanoTime() > deadline) {
                                capped[0] = true;
                                break;
                            }
                            long t0 = System.nanoTime();
                            client.search(spec);
                            mine.recordValue(Math.min(System.nanoTime() - t0, TimeUnit.SECONDS.toNanos(60)));
                        }
                    }
                    return mine;
                }));
            }
            for (Future<Histogram> f : futures) {
                all.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(clients, all.getTotalCount(), all.getValueAtPercentile(50) / 1e6,
                all.getValueAtPercentile(99) / 1e6, all.getMaxValue() / 1e6, seconds, capped[0]);
    }
}
