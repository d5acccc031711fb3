package kz.shamy.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kz.shamy.shared.Busy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SearchPoolTests {

    private final List<SearchPool> pools = new ArrayList<>();

    @AfterEach
    void stop() {
        pools.forEach(SearchPool::stop);
    }

    @Test
    void searchesBeyondThePoolWaitTheirTurnAndRunOneAtATimePerThread() throws Exception {
        SearchPool pool = pool(1, 10, Duration.ofSeconds(30));
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> pool.run(() -> {
            running.incrementAndGet();
            firstRunning.countDown();
            waitFor(releaseFirst);
            return running.getAndDecrement();
        }));
        assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> pool.run(running::incrementAndGet));

        await().atMost(Duration.ofSeconds(10)).until(() -> pool.waiting() == 1);
        assertThat(second).isNotDone();
        releaseFirst.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(second.get(10, TimeUnit.SECONDS)).as("it ran alone, after the first").isEqualTo(1);
    }

    @Test
    void aSearchThatFindsTheQueueFullIsBusy() throws Exception {
        SearchPool pool = pool(1, 1, Duration.ofSeconds(30));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> pool.run(() -> {
            holding.countDown();
            return waitFor(release);
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> pool.run(() -> "queued"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.waiting() == 1);

        assertThatThrownBy(() -> pool.run(() -> "rejected")).isInstanceOf(Busy.class)
                .satisfies(e -> assertThat(((Busy) e).messageKey()).isEqualTo("search.busy"));
        release.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
    }

    @Test
    void aSearchNotAnsweredWithinTheTimeoutIsBusyAndCancelled() {
        SearchPool pool = pool(1, 10, Duration.ofMillis(200));
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger interrupted = new AtomicInteger();
        assertThatThrownBy(() -> pool.run(() -> {
            if (!waitFor(never)) {
                interrupted.incrementAndGet();
            }
            return "late";
        })).isInstanceOf(Busy.class).hasMessageContaining("No answer within");
        await().atMost(Duration.ofSeconds(10)).until(() -> interrupted.get() == 1);
        assertThat(pool.run(() -> "ran")).isEqualTo("ran");
    }

    @Test
    void aSearchsOwnErrorReachesItsCallerAndTheThreadGoesOn() {
        SearchPool pool = pool(1, 10, Duration.ofSeconds(10));
        assertThatThrownBy(() -> pool.run(() -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken");
        assertThat(pool.run(() -> Thread.currentThread().getName())).startsWith("shamy-search-");
    }

    @Test
    void zeroThreadsMeansOnePerCoreAndMinusOneTheCallersThread() {
        assertThat(pool(0, 10, Duration.ofSeconds(1)).threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        SearchPool callers = SearchPool.callers();
        assertThat(callers.threads()).isEqualTo(-1);
        assertThat(callers.run(() -> Thread.currentThread())).isSameAs(Thread.currentThread());
        assertThatThrownBy(() -> new SearchPool(2, 0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachSearchIsTimedByItsOutcomeAndTheQueueIsAGauge() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        SearchPool pool = new SearchPool(1, 1, Duration.ofSeconds(5), meters);
        pools.add(pool);
        // the lag gauges beside it are not read here, so they need no index nor source
        new SearchMeters(null, null, pool, null).bindTo(meters);
        assertThat(pool.run(() -> "answer")).isEqualTo("answer");
        assertThatThrownBy(() -> pool.run(() -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> pool.run(() -> {
            running.countDown();
            return waitFor(release);
        }));
        holder.start();
        assertThat(waitFor(running)).isTrue();
        Thread waiter = new Thread(() -> pool.run(() -> "second"));
        waiter.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> meters.get("shamy.search.pool.queue").gauge().value() == 1.0);
        // one thread busy, one search waiting: the third finds the queue full
        assertThatThrownBy(() -> pool.run(() -> "refused")).isInstanceOf(Busy.class);
        release.countDown();
        holder.join();
        waiter.join();

        assertThat(meters.get("shamy.search").tag("outcome", "ok").timer().count()).isEqualTo(3);
        assertThat(meters.get("shamy.search").tag("outcome", "error").timer().count()).isEqualTo(1);
        assertThat(meters.get("shamy.search").tag("outcome", "busy").timer().count()).isEqualTo(1);
        assertThat(meters.get("shamy.search.pool.queue").gauge().value()).isZero();
    }

    private SearchPool pool(int threads, int queue, Duration timeout) {
        SearchPool pool = new SearchPool(threads, queue, timeout);
        pools.add(pool);
        return pool;
    }

    private static boolean waitFor(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
