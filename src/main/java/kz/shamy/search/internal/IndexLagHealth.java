package kz.shamy.search.internal;

import java.time.Clock;
import java.time.Duration;
import kz.shamy.search.SearchSource;
import kz.shamy.search.SearchSource.Backlog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of search (health component {@code searchIndex}): how far this node's index is behind the reports'
 * outbox. Past {@code shamy.search.health.max-lag-changes} waiting entries, or an oldest waiting entry older than
 * {@code shamy.search.health.max-lag-age}, the node is OUT_OF_SERVICE: searches there would miss recent changes
 * (the indexer is stopped, stuck or far behind after downtime). Set-aside entries are not lag: administrators
 * see those at {@code /api/search/outbox/failed}.
 */
@Component("searchIndex")
class IndexLagHealth implements HealthIndicator {

    private final ReportIndex index;
    private final SearchSource source;
    private final Clock clock;
    private final long maxChanges;
    private final Duration maxAge;

    IndexLagHealth(ReportIndex index, SearchSource source, Clock clock,
            @Value("${shamy.search.health.max-lag-changes:10000}") long maxChanges,
            @Value("${shamy.search.health.max-lag-age:PT10M}") Duration maxAge) {
        if (maxChanges < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("shamy.search.health.max-lag-changes and max-lag-age must not be negative");
        }
        this.index = index;
        this.source = source;
        this.clock = clock;
        this.maxChanges = maxChanges;
        this.maxAge = maxAge;
    }

    @Override
    public Health health() {
        long applied = index.current().sequence();
        Backlog backlog = source.backlogAfter(applied);
        Duration age = age(backlog);
        boolean behind = backlog.changes() > maxChanges || age.compareTo(maxAge) > 0;
        Health.Builder health = behind ? Health.outOfService() : Health.up();
        return health.withDetail("appliedSequence", applied)
                .withDetail("waitingChanges", backlog.changes())
                .withDetail("oldestWaitingSeconds", age.toSeconds())
                .withDetail("maxLagChanges", maxChanges)
                .withDetail("maxLagSeconds", maxAge.toSeconds())
                .build();
    }

    /** How long the oldest waiting entry has waited; zero when none waits (or its time is unknown). */
    Duration age(Backlog backlog) {
        if (backlog.oldest() == null) {
            return Duration.ZERO;
        }
        Duration age = Duration.between(backlog.oldest(), clock.instant());
        return age.isNegative() ? Duration.ZERO : age;
    }
}
