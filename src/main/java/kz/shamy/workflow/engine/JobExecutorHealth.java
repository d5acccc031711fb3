package kz.shamy.workflow.engine;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the engine's job executor (health component {@code jobExecutor}, in place of the Camunda
 * starter's, which backs off for this bean's name): DOWN when this node should run jobs and its executor is not
 * acquiring them (not started, or shut down). A node started with {@code camunda.bpm.job-execution.enabled=false}
 * runs no jobs by choice and is UP, saying so. The details tell how many jobs have been due for longer than
 * {@code shamy.workflow.health.overdue-after}: jobs left waiting while the executor is UP mean every node's
 * executor is saturated or stuck (the {@code shamy.jobs.due} metric shows the trend).
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealth implements HealthIndicator {

    private final ObjectProvider<JobExecutor> executor;
    private final ManagementService management;
    private final Duration overdueAfter;

    JobExecutorHealth(ObjectProvider<JobExecutor> executor, ManagementService management,
            @Value("${shamy.workflow.health.overdue-after:PT10M}") Duration overdueAfter) {
        this.executor = executor;
        this.management = management;
        this.overdueAfter = overdueAfter;
    }

    @Override
    public Health health() {
        JobExecutor jobs = executor.getIfAvailable();
        if (jobs == null) {
            return Health.up().withDetail("enabled", false).build();
        }
        Date overdue = new Date(System.currentTimeMillis() - overdueAfter.toMillis());
        Health.Builder health = jobs.isActive() ? Health.up() : Health.down();
        return health.withDetail("enabled", true)
                .withDetail("active", jobs.isActive())
                .withDetail("overdueJobs", management.createJobQuery().executable().duedateLowerThan(overdue).count())
                .withDetail("overdueAfterSeconds", overdueAfter.toSeconds())
                .build();
    }
}
