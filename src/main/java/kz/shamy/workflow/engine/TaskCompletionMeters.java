package kz.shamy.workflow.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts completed user tasks ({@code shamy.tasks.completed}) and times them from creation to completion
 * ({@code shamy.task.completion}, a histogram with buckets from a minute to a month), tagged by the process
 * definition key and the task definition key, both taken from the model when it is parsed: a completion costs
 * no query and no lookup, and the tags are as many as the models' user tasks. A completion is counted when its
 * transaction commits, so one rolled back (a listener refusing the input) is not.
 */
@Component
class TaskCompletionMeters extends AbstractProcessEnginePlugin {

    static final String COMPLETED = "shamy.tasks.completed";
    static final String LATENCY = "shamy.task.completion";
    private static final Duration[] BUCKETS = {Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1),
            Duration.ofHours(8), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7), Duration.ofDays(14),
            Duration.ofDays(30)};

    private final ObjectProvider<MeterRegistry> meters;

    TaskCompletionMeters(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE,
                            new Completed(processKey(activity), activity.getId()));
                }
            }
        });
    }

    /** The process's key: the parsed definition is the engine's entity, which is a {@link ProcessDefinition}. */
    private static String processKey(ActivityImpl activity) {
        return activity.getProcessDefinition() instanceof ProcessDefinition definition ? definition.getKey() : "unknown";
    }

    /** The complete listener of one user task of one process; its meters are found on its first completion. */
    private final class Completed implements TaskListener {

        private final String process;
        private final String task;
        private volatile Counter counter;
        private volatile Timer timer;

        Completed(String process, String task) {
            this.process = process;
            this.task = task;
        }

        @Override
        public void notify(DelegateTask delegateTask) {
            long took = delegateTask.getCreateTime() == null ? 0
                    : Math.max(0, System.currentTimeMillis() - delegateTask.getCreateTime().getTime());
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        record(took);
                    }
                });
            } else {
                record(took);
            }
        }

        private void record(long millis) {
            if (timer == null) {
                MeterRegistry registry = meters.getIfAvailable();
                if (registry == null) {
                    return;
                }
                counter = Counter.builder(COMPLETED).description("User tasks completed")
                        .tag("process", process).tag("task", task).register(registry);
                timer = Timer.builder(LATENCY).description("User tasks from creation to completion")
                        .serviceLevelObjectives(BUCKETS).tag("process", process).tag("task", task).register(registry);
            }
            counter.increment();
            timer.record(millis, TimeUnit.MILLISECONDS);
        }
    }
}
