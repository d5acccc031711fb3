package kz.shamy.modeler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What moving 1,000 running instances to a new version costs: 1,000 instances of a small process waiting at a user
 * task with a reminder timer (900 at {@code Review}, 100 at {@code Obsolete}, a task version 2 drops), the preview
 * ({@link MigrationPlans#preview}: the plan and each instance's activities and tasks), the start of the batch, and
 * the batch until its statistics say done, its jobs run by the engine's job executor as in production. Not a test:
 * it runs only with {@code ./mvnw -Pbenchmark test -Dtest=ModelMigrationBenchmark}, prints a table and writes it to
 * {@code target/benchmark/model-migration.md}; docs/BENCHMARKS.md quotes it by hand.
 *
 * <p>Its own context (embedded H2, no demo data) because the job executor runs here, unlike in the shared test
 * contexts. System property {@code benchmark.instances} (1000).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:migrationbench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "shamy.demo-data=false",
        "camunda.bpm.job-execution.enabled=true"})
class ModelMigrationBenchmark {

    private static final int INSTANCES = Integer.getInteger("benchmark.instances", 1000);
    private static final String KEY = "migration-benchmark";

    @Autowired MigrationPlans migrations;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;

    @Test
    void migrateAThousandInstances() throws IOException {
        String v1 = deploy(true);
        int obsolete = INSTANCES / 10;
        long setup = System.nanoTime();
        for (int i = 0; i < INSTANCES; i++) {
            runtime.startProcessInstanceByKey(KEY, "bench-" + i, Map.of("teacherId", "teacher-" + i,
                    "obsolete", i < obsolete, "note", "instance " + i));
        }
        long setupMs = ms(setup);
        String v2 = deploy(false);
        String load = loadAverage();

        long previewStart = System.nanoTime();
        MigrationPreview preview = migrations.preview(KEY, v1, null);
        long previewMs = ms(previewStart);
        assertThat(preview.instances()).hasSize(INSTANCES);

        long runStart = System.nanoTime();
        MigrationRun run = migrations.run(KEY, v1, v2, "benchmark");
        long startMs = ms(runStart);
        AtomicReference<MigrationProgress> last = new AtomicReference<>();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(25))
                .until(() -> {
                    last.set(migrations.progress(run.batchId()));
                    return last.get().done();
                });
        long batchMs = ms(runStart);

        long moved = runtime.createProcessInstanceQuery().processDefinitionId(v2).count();
        long stayed = runtime.createProcessInstanceQuery().processDefinitionId(v1).count();
        String table = String.format(Locale.ROOT, """
                Run %s on %d CPUs (nproc), %s, heap max %d MB, %s %s. Load average (1 min) before the preview: %s;\
                 after the batch: %s. Embedded H2 (in memory), the engine's job executor with the starter's defaults.

                ```
                ./mvnw -Pbenchmark test -Dtest=ModelMigrationBenchmark
                ```

                | Instances | Moved | Refused (at a task version 2 drops) | Failed jobs | Preview ms | Start of the batch ms | Start + batch until done ms |
                |---|---|---|---|---|---|---|
                | %d | %d | %d | %d | %d | %d | %d |

                Starting the %d instances took %d ms (not part of the figures).
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), memory(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), load, loadAverage(), INSTANCES, moved, run.staying().size(),
                last.get().failed(), previewMs, startMs, batchMs, INSTANCES, setupMs);
        System.out.println(table);
        Path out = Path.of("target", "benchmark", "model-migration.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertThat(moved).isEqualTo(run.moving());
        assertThat(stayed).isEqualTo(run.staying().size());
    }

    /** Version 1 has the {@code Obsolete} task; version 2 has not. Both remind the reviewer after seven days. */
    private String deploy(boolean withObsolete) {
        ProcessBuilder process = Bpmn.createExecutableProcess(KEY);
        var gateway = process.camundaHistoryTimeToLive(30).startEvent("Start").exclusiveGateway("Gateway_Obsolete");
        var review = gateway.condition("current", "${!obsolete}").userTask("Review").name("Review the plan")
                .camundaAssignee("${teacherId}");
        review.boundaryEvent("Timer_Reminder").cancelActivity(false).timerWithDuration("P7D").endEvent("End_Reminded");
        var end = review.moveToActivity("Review").endEvent("End_Reviewed").moveToNode("Gateway_Obsolete");
        var model = withObsolete
                ? end.condition("obsolete", "${obsolete}").userTask("Obsolete").name("An obsolete step")
                        .camundaAssignee("${teacherId}").connectTo("Review").done()
                : end.condition("obsolete", "${obsolete}").connectTo("Review").done();
        return repository.createDeployment().name("migration-benchmark").addModelInstance(KEY + ".bpmn", model)
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static String loadAverage() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "%.2f", os.getSystemLoadAverage());
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format(Locale.ROOT, "%.1f GB RAM", os.getTotalMemorySize() / 1e9);
        }
        return "RAM unknown";
    }
}
