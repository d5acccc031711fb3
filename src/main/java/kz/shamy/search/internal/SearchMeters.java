package kz.shamy.search.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import kz.shamy.search.SearchSource;
import org.springframework.stereotype.Component;

/**
 * Search's gauges, read when metrics are scraped: the outbox entries this node's index has not applied yet
 * ({@code shamy.search.outbox.lag}) and how long the oldest has waited ({@code shamy.search.outbox.lag.age},
 * seconds), one indexed query each; searches waiting for a thread ({@code shamy.search.pool.queue}). The
 * search timer itself is {@link SearchPool}'s.
 */
@Component
class SearchMeters implements MeterBinder {

    private final ReportIndex index;
    private final SearchSource source;
    private final SearchPool pool;
    private final IndexLagHealth lag;

    SearchMeters(ReportIndex index, SearchSource source, SearchPool pool, IndexLagHealth lag) {
        this.index = index;
        this.source = source;
        this.pool = pool;
        this.lag = lag;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shamy.search.outbox.lag", this, meters -> meters.backlog().changes())
                .description("Outbox entries this node's search index has not applied yet").register(registry);
        Gauge.builder("shamy.search.outbox.lag.age", this, meters -> meters.lag.age(meters.backlog()).toMillis() / 1000.0)
                .description("How long the oldest outbox entry this node has not applied has waited")
                .baseUnit("seconds").register(registry);
        Gauge.builder("shamy.search.pool.queue", pool, SearchPool::waiting)
                .description("Searches waiting for a search thread").register(registry);
    }

    private SearchSource.Backlog backlog() {
        return source.backlogAfter(index.current().sequence());
    }
}
