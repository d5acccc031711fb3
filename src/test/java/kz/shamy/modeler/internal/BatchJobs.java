package kz.shamy.modeler.internal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs a batch's jobs in the test's thread, as the job executor would (it is off in the shared test contexts): the
 * seed job until every batch job exists, then each batch job until it succeeds or runs out of retries.
 */
final class BatchJobs {

    private final ManagementService management;

    BatchJobs(ManagementService management) {
        this.management = management;
    }

    /** Runs the seed and the batch jobs; a failing job is run again until the engine leaves it no retries. */
    void runAll(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        for (Job seed = seedJob(batch); seed != null; seed = seedJob(batch)) {
            management.executeJob(seed.getId());
        }
        for (Job job = nextJob(batch); job != null; job = nextJob(batch)) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException failed) {
                // the engine has recorded the failure on the job and taken one retry
            }
        }
    }

    /** The monitor job, which ends a batch whose jobs are all done (and records its end in the history). */
    void finish(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        Job monitor = management.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).singleResult();
        management.executeJob(monitor.getId());
    }

    private Job seedJob(Batch batch) {
        return management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult();
    }

    private Job nextJob(Batch batch) {
        return management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withRetriesLeft()
                .listPage(0, 1).stream().findFirst().orElse(null);
    }
}
