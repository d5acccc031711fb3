package kz.shamy.workflow.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine's work in gauges, counted every {@code shamy.workflow.metrics.refresh} (a minute) with count
 * queries, never task by task, and read from memory when metrics are scraped: jobs due now
 * ({@code shamy.jobs.due}: retries left, due date reached), jobs that failed their last retry
 * ({@code shamy.jobs.failed}), open incidents ({@code shamy.incidents.open}), and open tasks by process definition
 * key and age ({@code shamy.tasks.open}, {@code age}: under_1d, 1d_7d, 7d_30d, over_30d; four counts per process).
 * Tasks outside any process are not counted there. Each node counts the shared database, so all nodes show the same.
 */
@Component
class EngineMeters implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(EngineMeters.class);
    private static final Duration[] AGES = {Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30)};
    private static final String[] AGE_NAMES = {"under_1d", "1d_7d", "7d_30d", "over_30d"};

    private final ManagementService management;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final Clock clock;
    private final AtomicLong jobsDue = new AtomicLong();
    private final AtomicLong jobsFailed = new AtomicLong();
    private final AtomicLong incidents = new AtomicLong();
    private volatile MultiGauge openTasks;

    EngineMeters(ManagementService management, RuntimeService runtime, TaskService tasks, RepositoryService repository,
            Clock clock) {
        this.clock = clock;
        this.management = management;
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shamy.jobs.due", jobsDue, AtomicLong::get)
                .description("Jobs due now with retries left, waiting for a job executor").register(registry);
        Gauge.builder("shamy.jobs.failed", jobsFailed, AtomicLong::get)
                .description("Jobs that failed their last retry (each has an incident)").register(registry);
        Gauge.builder("shamy.incidents.open", incidents, AtomicLong::get)
                .description("Open incidents").register(registry);
        openTasks = MultiGauge.builder("shamy.tasks.open").description("Open user tasks by process and age")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${shamy.workflow.metrics.refresh:PT1M}")
    void refresh() {
        try {
            jobsDue.set(management.createJobQuery().executable().count());
            jobsFailed.set(management.createJobQuery().noRetriesLeft().count());
            incidents.set(runtime.createIncidentQuery().count());
            MultiGauge gauge = openTasks;
            if (gauge != null) {
                gauge.register(openTaskRows(), true);
            }
        } catch (RuntimeException e) {
            log.warn("Counting the engine's jobs, incidents and tasks for metrics failed; the last counts stay", e);
        }
    }

    private List<MultiGauge.Row<?>> openTaskRows() {
        TreeSet<String> keys = new TreeSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            keys.add(definition.getKey());
        }
        long now = clock.millis();
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (String key : keys) {
            // open tasks created before each age limit; the buckets are the differences
            long[] olderThan = new long[AGES.length + 1];
            olderThan[0] = tasks.createTaskQuery().processDefinitionKey(key).count();
            for (int i = 0; i < AGES.length && olderThan[i] > 0; i++) {
                olderThan[i + 1] = tasks.createTaskQuery().processDefinitionKey(key)
                        .taskCreatedBefore(new Date(now - AGES[i].toMillis())).count();
            }
            for (int i = 0; i < AGE_NAMES.length; i++) {
                long count = olderThan[i] - (i + 1 < olderThan.length ? olderThan[i + 1] : 0);
                rows.add(MultiGauge.Row.of(Tags.of("process", key, "age", AGE_NAMES[i]), count));
            }
        }
        return rows;
    }
}
