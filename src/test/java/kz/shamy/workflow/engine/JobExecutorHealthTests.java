package kz.shamy.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class JobExecutorHealthTests {

    private final ManagementService management = mock(ManagementService.class, RETURNS_DEEP_STUBS);

    @Test
    void anExecutorThatIsNotRunningIsDown() {
        when(management.createJobQuery().executable().duedateLowerThan(any()).count()).thenReturn(4L);

        Health health = health(new DefaultJobExecutor());

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("enabled", true).containsEntry("active", false)
                .containsEntry("overdueJobs", 4L);
    }

    @Test
    void aRunningExecutorIsUp() {
        JobExecutor executor = new DefaultJobExecutor();
        executor.start();
        try {
            Health health = health(executor);

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("active", true);
        } finally {
            executor.shutdown();
        }
        assertThat(health(executor).getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aNodeConfiguredToRunNoJobsIsUpAndSaysSo() {
        JobExecutorHealth health = new JobExecutorHealth(new StaticListableBeanFactory().getBeanProvider(JobExecutor.class),
                management, Duration.ofMinutes(10));

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).isEqualTo(Map.of("enabled", false));
    }

    private Health health(JobExecutor executor) {
        return new JobExecutorHealth(new StaticListableBeanFactory(Map.of("jobExecutor", executor))
                .getBeanProvider(JobExecutor.class), management, Duration.ofMinutes(10)).health();
    }
}
